// Keywords and RFC 3986 reference resolution (section 5.2 only: JSON-LD
// forbids any further normalization).
#include "jsonld/JsonLd_p.h"

namespace vitae::jsonld::detail {

namespace {
const QSet<QString> &keywords()
{
    static const QSet<QString> set = {
        QStringLiteral("@base"),     QStringLiteral("@container"), QStringLiteral("@context"),
        QStringLiteral("@default"),  QStringLiteral("@direction"), QStringLiteral("@embed"),
        QStringLiteral("@explicit"), QStringLiteral("@graph"),     QStringLiteral("@id"),
        QStringLiteral("@import"),   QStringLiteral("@included"),  QStringLiteral("@index"),
        QStringLiteral("@json"),     QStringLiteral("@language"),  QStringLiteral("@list"),
        QStringLiteral("@nest"),     QStringLiteral("@none"),      QStringLiteral("@omitDefault"),
        QStringLiteral("@prefix"),   QStringLiteral("@preserve"),  QStringLiteral("@protected"),
        QStringLiteral("@requireAll"), QStringLiteral("@reverse"), QStringLiteral("@set"),
        QStringLiteral("@type"),     QStringLiteral("@value"),     QStringLiteral("@version"),
        QStringLiteral("@vocab"),
    };
    return set;
}

struct IriParts {
    QString scheme;
    bool hasAuthority = false;
    QString authority;
    QString path;
    bool hasQuery = false;
    QString query;
    bool hasFragment = false;
    QString fragment;
};

qsizetype schemeLength(const QString &value)
{
    if (value.isEmpty() || !value.at(0).isLetter() || value.at(0).unicode() > 127)
        return -1;
    for (qsizetype i = 1; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char(':'))
            return i;
        const bool ok = (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('+')
            || c == QLatin1Char('-') || c == QLatin1Char('.');
        if (!ok)
            return -1;
    }
    return -1;
}

IriParts split(const QString &value)
{
    IriParts parts;
    QString rest = value;
    const qsizetype colon = schemeLength(value);
    if (colon > 0) {
        parts.scheme = value.left(colon);
        rest = value.mid(colon + 1);
    }
    const qsizetype hash = rest.indexOf(QLatin1Char('#'));
    if (hash >= 0) {
        parts.hasFragment = true;
        parts.fragment = rest.mid(hash + 1);
        rest.truncate(hash);
    }
    const qsizetype question = rest.indexOf(QLatin1Char('?'));
    if (question >= 0) {
        parts.hasQuery = true;
        parts.query = rest.mid(question + 1);
        rest.truncate(question);
    }
    if (rest.startsWith(QLatin1String("//"))) {
        parts.hasAuthority = true;
        const qsizetype slash = rest.indexOf(QLatin1Char('/'), 2);
        parts.authority = slash < 0 ? rest.mid(2) : rest.mid(2, slash - 2);
        rest = slash < 0 ? QString() : rest.mid(slash);
    }
    parts.path = rest;
    return parts;
}

QString removeDotSegments(const QString &path)
{
    QStringList output;
    QString input = path;
    // RFC 3986 5.2.4, applied to a buffer of segments.
    while (!input.isEmpty()) {
        if (input.startsWith(QLatin1String("../"))) {
            input.remove(0, 3);
        } else if (input.startsWith(QLatin1String("./"))) {
            input.remove(0, 2);
        } else if (input.startsWith(QLatin1String("/./"))) {
            input.remove(0, 2);
        } else if (input == QLatin1String("/.")) {
            input = QStringLiteral("/");
        } else if (input.startsWith(QLatin1String("/../"))) {
            input.remove(0, 3);
            if (!output.isEmpty())
                output.removeLast();
        } else if (input == QLatin1String("/..")) {
            input = QStringLiteral("/");
            if (!output.isEmpty())
                output.removeLast();
        } else if (input == QLatin1String(".") || input == QLatin1String("..")) {
            input.clear();
        } else {
            const qsizetype next = input.indexOf(QLatin1Char('/'), input.startsWith(QLatin1Char('/')) ? 1 : 0);
            if (next < 0) {
                output.append(input);
                input.clear();
            } else {
                output.append(input.left(next));
                input.remove(0, next);
            }
        }
    }
    return output.join(QString());
}

QString recompose(const IriParts &p)
{
    QString out;
    if (!p.scheme.isEmpty())
        out += p.scheme + QLatin1Char(':');
    if (p.hasAuthority)
        out += QLatin1String("//") + p.authority;
    out += p.path;
    if (p.hasQuery)
        out += QLatin1Char('?') + p.query;
    if (p.hasFragment)
        out += QLatin1Char('#') + p.fragment;
    return out;
}
} // namespace

bool isKeyword(const QString &value)
{
    return value.startsWith(QLatin1Char('@')) && keywords().contains(value);
}

bool hasKeywordForm(const QString &value)
{
    if (value.size() < 2 || value.at(0) != QLatin1Char('@'))
        return false;
    for (qsizetype i = 1; i < value.size(); ++i) {
        const ushort c = value.at(i).unicode();
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

bool isAbsoluteIri(const QString &value)
{
    return schemeLength(value) > 0;
}

bool isWellFormedIri(const QString &iri)
{
    if (!isAbsoluteIri(iri))
        return false;
    for (const QChar c : iri) {
        const ushort u = c.unicode();
        if (u <= 0x20 || u == '<' || u == '>' || u == '"' || u == '{' || u == '}' || u == '|' || u == '\\'
            || u == '^' || u == '`')
            return false;
    }
    return iri.count(QLatin1Char('#')) <= 1; // a fragment cannot hold another '#'
}

QString resolveIri(const QString &base, const QString &reference)
{
    const IriParts r = split(reference);
    if (!r.scheme.isEmpty()) {
        IriParts t = r;
        t.path = removeDotSegments(r.path);
        return recompose(t);
    }
    const IriParts b = split(base);
    IriParts t;
    t.scheme = b.scheme;
    t.hasFragment = r.hasFragment;
    t.fragment = r.fragment;
    if (r.hasAuthority) {
        t.hasAuthority = true;
        t.authority = r.authority;
        t.path = removeDotSegments(r.path);
        t.hasQuery = r.hasQuery;
        t.query = r.query;
        return recompose(t);
    }
    t.hasAuthority = b.hasAuthority;
    t.authority = b.authority;
    if (r.path.isEmpty()) {
        t.path = b.path;
        t.hasQuery = r.hasQuery || b.hasQuery;
        t.query = r.hasQuery ? r.query : b.query;
    } else {
        if (r.path.startsWith(QLatin1Char('/'))) {
            t.path = removeDotSegments(r.path);
        } else {
            QString merged;
            if (b.hasAuthority && b.path.isEmpty())
                merged = QLatin1Char('/') + r.path;
            else
                merged = b.path.left(b.path.lastIndexOf(QLatin1Char('/')) + 1) + r.path;
            t.path = removeDotSegments(merged);
        }
        t.hasQuery = r.hasQuery;
        t.query = r.query;
    }
    return recompose(t);
}

} // namespace vitae::jsonld::detail
