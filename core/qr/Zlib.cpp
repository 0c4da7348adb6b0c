#include "qr/Zlib.h"

#include <zlib.h>

#include <algorithm>
#include <climits>

namespace vitae::qr {

Inflated inflateCapped(QByteArrayView compressed, qsizetype maxOutput)
{
    Inflated result;
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return result;
    const auto *input = reinterpret_cast<const Bytef *>(compressed.data());
    qsizetype remaining = compressed.size();
    // Grow the output as data really arrives, never by what a header claims.
    QByteArray out;
    out.resize(std::min<qsizetype>(maxOutput, std::max<qsizetype>(4096, compressed.size() * 4)) + 1);
    qsizetype produced = 0;
    int status = Z_OK;
    while (status == Z_OK) {
        if (stream.avail_in == 0 && remaining > 0) {
            const uInt take = uInt(std::min<qsizetype>(remaining, INT_MAX));
            stream.next_in = const_cast<Bytef *>(input);
            stream.avail_in = take;
            input += take;
            remaining -= take;
        }
        if (produced == out.size()) {
            if (out.size() > maxOutput) // one byte past the cap was produced
                break;
            out.resize(std::min<qsizetype>(out.size() * 2, maxOutput + 1));
        }
        const qsizetype room = std::min<qsizetype>(out.size() - produced, INT_MAX);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        stream.avail_out = uInt(room);
        status = inflate(&stream, Z_NO_FLUSH);
        produced += room - qsizetype(stream.avail_out);
        if (status == Z_BUF_ERROR && stream.avail_in == 0 && remaining == 0)
            break; // the input ended before the stream did
        if (status == Z_BUF_ERROR && stream.avail_out == 0)
            status = Z_OK; // only the output was full: grow and go on
    }
    const bool trailing = stream.avail_in > 0 || remaining > 0;
    inflateEnd(&stream);
    if (produced > maxOutput) {
        result.status = InflateStatus::TooLarge;
    } else if (status == Z_STREAM_END) {
        result.status = trailing ? InflateStatus::TrailingData : InflateStatus::Ok;
        out.truncate(produced);
        result.bytes = std::move(out);
    } else if (status == Z_BUF_ERROR || status == Z_OK) {
        result.status = InflateStatus::Truncated;
    } else {
        result.status = InflateStatus::Damaged;
    }
    return result;
}

QByteArray deflateZlib(QByteArrayView bytes)
{
    uLongf size = compressBound(uLong(bytes.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(bytes.data()),
                  uLong(bytes.size()), Z_BEST_COMPRESSION)
        != Z_OK)
        return QByteArray();
    out.truncate(qsizetype(size));
    return out;
}

quint32 crc32Of(QByteArrayView bytes)
{
    return quint32(crc32(0, reinterpret_cast<const Bytef *>(bytes.data()), uInt(bytes.size())));
}

} // namespace vitae::qr
