// Android only (built when ANDROID): keeps a screen out of screenshots,
// screen recordings and the recent-apps thumbnail (WindowManager FLAG_SECURE).
#pragma once

namespace vitae::platform {

// Call with true when the presentation screen (a QR code or a credential
// being shown to a verifier) appears, and with false when it goes away.
void setScreenSecure(bool secure);

} // namespace vitae::platform
