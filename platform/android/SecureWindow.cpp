#include "SecureWindow.h"

#include <QCoreApplication>
#include <QJniObject>

namespace vitae::platform {

namespace {
constexpr jint kFlagSecure = 0x00002000; // android.view.WindowManager.LayoutParams.FLAG_SECURE
} // namespace

void setScreenSecure(bool secure)
{
    // Window flags may only change on Android's UI thread.
    QNativeInterface::QAndroidApplication::runOnAndroidMainThread([secure] {
        const QJniObject activity = QNativeInterface::QAndroidApplication::context();
        const QJniObject window = activity.callObjectMethod("getWindow", "()Landroid/view/Window;");
        if (!window.isValid())
            return;
        if (secure)
            window.callMethod<void>("addFlags", "(I)V", kFlagSecure);
        else
            window.callMethod<void>("clearFlags", "(I)V", kFlagSecure);
    });
}

} // namespace vitae::platform
