#include "gui/LanguageSwitcher.h"

namespace vitae::gui {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : ViewModel(parent)
{
}

} // namespace vitae::gui
