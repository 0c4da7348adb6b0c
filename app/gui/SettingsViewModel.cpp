#include "gui/SettingsViewModel.h"

namespace vitae::gui {

SettingsViewModel::SettingsViewModel(VaultWorker &worker, QObject *parent)
    : ViewModel(parent), m_worker(worker)
{
}

} // namespace vitae::gui
