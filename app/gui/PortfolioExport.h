// Saving chosen credentials, in the order given, as a signed bundle (.json)
// or as a PDF carrying that bundle (.pdf), on the vault thread. Each is
// verified now so the bundle keeps what the checks fetched and the PDF's
// cards say how each checked out at export time. Where the learner's trust
// lists (kept in the vault, TrustLists.h) vouch for an issuer, the bundle
// keeps that entry with the time the list was added.
#pragma once

#include "common/Result.h"
#include "vault/Vault.h"

namespace vitae::gui {

struct PortfolioExportRequest {
    QList<qint64> credentialIds; // in the order they are shown
    QString title;
    QString learnerName;
    QString path;                // ends in .pdf: a PDF; otherwise JSON
};

struct PortfolioExported {
    int credentials = 0;
    int evidence = 0;
    int snapshots = 0;
};

// Errors: InvalidArgument (nothing chosen, locked vault), NotFound (a
// credential gone), Io (cannot write), Unsupported (PDF without fonts).
Result<PortfolioExported> exportPortfolio(vault::Vault &vault, const PortfolioExportRequest &request);

} // namespace vitae::gui
