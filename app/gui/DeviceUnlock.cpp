#include "gui/DeviceUnlock.h"

namespace vitae::gui {

DeviceUnlock::DeviceUnlock(VaultWorker &worker, QObject *parent)
    : ViewModel(parent), m_worker(worker)
{
}

} // namespace vitae::gui
