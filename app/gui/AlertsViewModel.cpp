#include "gui/AlertsViewModel.h"

namespace vitae::gui {

AlertsViewModel::AlertsViewModel(VaultWorker &worker, QObject *parent)
    : ViewModel(parent), m_worker(worker)
{
}

} // namespace vitae::gui
