#include "net/FileResolver.h"

#include <QFile>
#include <QFileInfo>
#include <QCoreApplication>

namespace vitae::net {

namespace {
// Local files stand in for network documents, so they get a cap of the same
// order as the network one rather than none at all.
constexpr qint64 kMaxFileBytes = 10LL * 1024 * 1024;

// Fragments never reach a server, so "…/list#a" and "…/list" are one document.
QUrl key(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment);
}

QString guessContentType(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return QStringLiteral("application/json");
    if (suffix == QLatin1String("jsonld"))
        return QStringLiteral("application/ld+json");
    return QString();
}

FetchedDocument makeDocument(const QUrl &url, QByteArray body, QString contentType)
{
    FetchedDocument doc;
    doc.url = url;
    doc.finalUrl = url;
    doc.body = std::move(body);
    doc.contentType = std::move(contentType);
    doc.retrievedAt = QDateTime::currentDateTimeUtc();
    return doc;
}
} // namespace

Status FileResolver::addMapping(const QString &urlEqualsFile)
{
    // The last '=' splits, so a query string in the URL ("?id=3") still works;
    // file names with '=' in them are the rarer case.
    const qsizetype split = urlEqualsFile.lastIndexOf(QLatin1Char('='));
    if (split <= 0 || split == urlEqualsFile.size() - 1) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is not of the form URL=FILE.").arg(urlEqualsFile));
    }
    const QUrl url(urlEqualsFile.first(split), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is not an absolute URL.").arg(urlEqualsFile.first(split)));
    }
    add(url, urlEqualsFile.sliced(split + 1));
    return {};
}

void FileResolver::add(const QUrl &url, const QString &file)
{
    m_documents.remove(key(url));
    m_files.insert(key(url), file);
}

void FileResolver::addBytes(const QUrl &url, const QByteArray &body, const QString &contentType)
{
    m_files.remove(key(url));
    m_documents.insert(key(url), makeDocument(url, body, contentType));
}

Result<FetchedDocument> FileResolver::fetch(const QUrl &url)
{
    const QUrl k = key(url);
    if (const auto it = m_documents.constFind(k); it != m_documents.constEnd())
        return makeDocument(url, it->body, it->contentType);

    const auto it = m_files.constFind(k);
    if (it == m_files.constEnd()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("vitae", "No local file is set up for %1.").arg(url.toDisplayString()));
    }
    const QString &path = it.value();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("vitae", "Could not read %1 (standing in for %2): %3")
                                                .arg(path, url.toDisplayString(), file.errorString()));
    }
    // Read one byte past the cap so a file that grows while we read is caught.
    const QByteArray body = file.read(kMaxFileBytes + 1);
    if (body.size() > kMaxFileBytes) {
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "%1 (standing in for %2) is larger than %3 MB.")
                                 .arg(path, url.toDisplayString())
                                 .arg(kMaxFileBytes / (1024LL * 1024)));
    }
    if (file.error() != QFileDevice::NoError) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("vitae", "Could not read %1 (standing in for %2): %3")
                                                .arg(path, url.toDisplayString(), file.errorString()));
    }
    return makeDocument(url, body, guessContentType(path));
}

} // namespace vitae::net
