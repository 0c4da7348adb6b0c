#include "gui/ScannerViewModel.h"

namespace vitae::gui {

ScannerViewModel::ScannerViewModel(VaultWorker &worker, QObject *parent)
    : ViewModel(parent), m_worker(worker)
{
}

} // namespace vitae::gui
