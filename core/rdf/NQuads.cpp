// Canonical N-Quads output. The parser lives in NQuadsParser.cpp.
#include "rdf/NQuads.h"

#include <array>

namespace vitae::rdf {
namespace detail {
// Shared with Rdfc10.cpp, which serializes each term once and reuses it.
void appendTerm(QByteArray &out, const Term &term);
} // namespace detail

namespace {

constexpr char kHexDigits[] = "0123456789ABCDEF";

void appendUchar(QByteArray &out, unsigned char byte)
{
    out += "\\u00";
    out += kHexDigits[byte >> 4];
    out += kHexDigits[byte & 0x0f];
}

// Characters IRIREF cannot hold. Valid IRIs never contain them; escaping them
// keeps a hostile IRI such as "a> <b" from forging a different quad.
constexpr bool needsIriEscape(unsigned char byte)
{
    switch (byte) {
    case '<': case '>': case '"': case '{': case '}': case '|': case '^': case '`': case '\\':
        return true;
    default:
        return byte <= 0x20;
    }
}

// Literal bytes written as ECHAR or UCHAR: controls, DEL, '"' and '\\'.
constexpr bool needsLiteralEscape(unsigned char byte)
{
    return byte < 0x20 || byte == '"' || byte == '\\' || byte == 0x7f;
}

// Lookup tables: this runs for every term of every credential verified.
template <bool (*needsEscape)(unsigned char)>
constexpr std::array<bool, 256> escapeTable()
{
    std::array<bool, 256> table{};
    for (int byte = 0; byte < 256; ++byte) {
        table[byte] = needsEscape(static_cast<unsigned char>(byte));
    }
    return table;
}
constexpr auto kIriEscapes = escapeTable<needsIriEscape>();
constexpr auto kLiteralEscapes = escapeTable<needsLiteralEscape>();

// Appends `utf8`, replacing each byte the table marks with `escape(byte)`.
template <typename Escape>
void appendEscaped(QByteArray &out, const QByteArray &utf8, const std::array<bool, 256> &table, Escape &&escape)
{
    const char *data = utf8.constData();
    const qsizetype size = utf8.size();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (table[byte]) {
            out.append(data + runStart, i - runStart);
            escape(out, byte);
            runStart = i + 1;
        }
    }
    out.append(data + runStart, size - runStart);
}

void appendIri(QByteArray &out, const QString &iri)
{
    const QByteArray utf8 = iri.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out += '<';
    appendEscaped(out, utf8, kIriEscapes, appendUchar);
    out += '>';
}

// RDF canonical N-Triples: ECHAR for \b \t \n \f \r \" \\, UCHAR with upper
// case hex for the other controls and DEL, UTF-8 for everything else.
void appendLiteralText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out += '"';
    appendEscaped(out, utf8, kLiteralEscapes, [](QByteArray &to, unsigned char byte) {
        switch (byte) {
        case '"': to += "\\\""; break;
        case '\\': to += "\\\\"; break;
        case '\b': to += "\\b"; break;
        case '\t': to += "\\t"; break;
        case '\n': to += "\\n"; break;
        case '\f': to += "\\f"; break;
        case '\r': to += "\\r"; break;
        default: appendUchar(to, byte); break;
        }
    });
    out += '"';
}

} // namespace

void detail::appendTerm(QByteArray &out, const Term &term)
{
    switch (term.kind) {
    case Term::Kind::Iri:
        appendIri(out, term.value);
        break;
    case Term::Kind::BlankNode:
        out += "_:";
        out += term.value.toUtf8();
        break;
    case Term::Kind::Literal:
        appendLiteralText(out, term.value);
        if (!term.language.isEmpty()) {
            out += '@';
            out += term.language.toUtf8();
        } else if (!term.datatype.isEmpty() && term.datatype != kXsdString) {
            out += "^^";
            appendIri(out, term.datatype);
        }
        break;
    case Term::Kind::DefaultGraph:
        break;
    }
}

QByteArray toNQuad(const Quad &quad)
{
    QByteArray line;
    line.reserve(128);
    detail::appendTerm(line, quad.subject);
    line += ' ';
    detail::appendTerm(line, quad.predicate);
    line += ' ';
    detail::appendTerm(line, quad.object);
    if (quad.graph.kind != Term::Kind::DefaultGraph) {
        line += ' ';
        detail::appendTerm(line, quad.graph);
    }
    line += " .\n";
    return line;
}

QByteArray toNQuads(const Dataset &dataset)
{
    QByteArray text;
    text.reserve(static_cast<qsizetype>(dataset.size()) * 100);
    for (const Quad &quad : dataset) {
        text += toNQuad(quad);
    }
    return text;
}

} // namespace vitae::rdf
