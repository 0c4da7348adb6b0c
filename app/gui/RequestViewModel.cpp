#include "gui/RequestViewModel.h"

namespace vitae::gui {

RequestViewModel::RequestViewModel(VaultWorker &worker, QObject *parent)
    : ViewModel(parent), m_worker(worker)
{
}

} // namespace vitae::gui
