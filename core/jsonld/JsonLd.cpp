// The public entry points: set up one run, catch its failure at the module
// boundary and turn it into a Result.
#include "jsonld/JsonLd.h"

#include "jsonld/JsonLd_p.h"

#include "common/ErrorText.h"

namespace vitae::jsonld {

namespace detail {
void fail(const QString &message)
{
    // Messages quote terms and IRIs from the document as they are.
    throw Failure{ErrorCode::InvalidInput, quoteOutsideText(message, 400)};
}

void failLimit(const QString &message)
{
    throw Failure{ErrorCode::LimitExceeded, quoteOutsideText(message, 400)};
}
} // namespace detail

namespace {
detail::Processor makeProcessor(const JsonLdOptions &options)
{
    detail::Processor p;
    p.options = options;
    p.loader = options.loader ? options.loader : &BuiltinContexts::instance();
    p.mode10 = options.processingMode == QLatin1String("json-ld-1.0");
    return p;
}
} // namespace

Result<QJsonArray> expand(const QJsonValue &document, const JsonLdOptions &options)
{
    detail::Processor p = makeProcessor(options);
    try {
        return detail::expandDocument(p, document);
    } catch (const detail::Failure &failure) {
        return makeError(failure.code, failure.message);
    }
}

Result<rdf::Dataset> toRdf(const QJsonValue &document, const JsonLdOptions &options)
{
    detail::Processor p = makeProcessor(options);
    try {
        const QJsonArray expanded = detail::expandDocument(p, document);
        return detail::toDataset(p, expanded);
    } catch (const detail::Failure &failure) {
        return makeError(failure.code, failure.message);
    }
}

} // namespace vitae::jsonld
