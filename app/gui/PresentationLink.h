// A presentation as a link for e-mail or chat: vitae://present?p= followed
// by the text a single Vitae QR code would hold ("VITAE1:" + Base45 of the
// zlib-compressed presentation). See docs/formats/vitae-presentation-link.md.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace vitae::gui {

// LimitExceeded when the link would pass the 64 KB every link is held to.
Result<QString> presentationLinkFor(const QByteArray &presentation);

// The presentation inside `text` when it is a presentation link or a single
// Vitae QR text; nullopt when it is neither (a presentation as is).
// Errors name what is wrong with the link.
std::optional<Result<QByteArray>> presentationInText(const QString &text);

} // namespace vitae::gui
