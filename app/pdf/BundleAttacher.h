// Adds the bundle to the pages QPdfWriter drew, as a PDF embedded file
// (ISO 32000 7.11.4): a file specification in the catalog's /Names
// /EmbeddedFiles tree, so every PDF viewer lists it as an attachment.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>

class QIODevice;

namespace vitae::pdf {

// Writes `pages` with `bundle` attached as vitae-bundle.json to `out`.
// Catches every qpdf exception (InvalidInput, or Io when `out` refuses).
Status attachBundle(const QByteArray &pages, const QByteArray &bundle, const QDateTime &when, QIODevice &out);

} // namespace vitae::pdf
