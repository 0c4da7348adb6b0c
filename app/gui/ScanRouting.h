// Where the text of a scanned or pasted code goes: a link to the pending
// link banner, a credential to the import preview, a presentation to the
// Verify page. Only looks at the shape of the text: nothing is fetched,
// verified or stored here.
#pragma once

#include <QString>

namespace vitae::gui {

enum class ScanDestination {
    Link,         // AppController::openExternal (issuer links, offers, requests)
    Credential,   // the import preview
    Presentation, // the Verify page
    Unknown,      // nothing Vitae uses; `problem` says why
};

struct ScanRoute {
    ScanDestination destination = ScanDestination::Unknown;
    QString problem; // a sentence for the learner when Unknown
};

// `forVerifier`: the text was scanned or pasted on the Verify page, where a
// credential shown on its own is checked as what the holder presents
// rather than added to the wallet. Vitae QR texts ("VITAE1:", frames) are
// the caller's to decode first: pass the payload they carry.
ScanRoute routeScannedText(const QString &text, bool forVerifier);

} // namespace vitae::gui
