#include "PhotoImage.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <vector>

namespace vitae::test {

namespace {

// 0 (dark module) .. 1 (paper) at a point in module coordinates; the code
// has a quiet zone of 4 modules and the paper a margin beyond it.
double reflectance(const qr::QrMatrix &matrix, double u, double v)
{
    const int mx = int(std::floor(u));
    const int my = int(std::floor(v));
    if (mx >= 0 && my >= 0 && mx < matrix.size && my < matrix.size)
        return matrix.dark(mx, my) ? 0.0 : 1.0;
    const double margin = 7.0;
    if (u > -margin && v > -margin && u < matrix.size + margin && v < matrix.size + margin)
        return 1.0;
    // The table under the paper: darker and with a wood-like grain.
    return 0.35 + 0.08 * std::sin(u * 1.7 + std::sin(v * 0.3) * 3.0);
}

} // namespace

qr::GrayImage photographQr(const qr::QrMatrix &matrix, const PhotoOptions &options)
{
    const int w = options.width;
    const int h = options.height;
    const double angle = options.angleDegrees * std::numbers::pi / 180.0;
    const double c = std::cos(angle) / options.modulePixels;
    const double s = std::sin(angle) / options.modulePixels;
    // The code a little off centre, as a hand-held camera sees it.
    const double cx = w * 0.46;
    const double cy = h * 0.53;
    const double half = matrix.size / 2.0;

    std::vector<double> light(size_t(w) * h);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            // 2 x 2 samples per pixel: module edges fall between pixels.
            double sum = 0;
            for (const double oy : {0.25, 0.75}) {
                for (const double ox : {0.25, 0.75}) {
                    const double dx = x + ox - cx;
                    const double dy = y + oy - cy;
                    sum += reflectance(matrix, c * dx + s * dy + half, -s * dx + c * dy + half);
                }
            }
            // Uneven light: brighter top left, dimmer bottom right.
            const double illumination = 0.95 - 0.30 * (double(x) / w) - 0.15 * (double(y) / h);
            light[size_t(y) * w + x] = 30.0 + 200.0 * (sum / 4.0) * illumination;
        }
    }

    // A small blur (3 x 3 box), as a slightly soft lens gives.
    std::mt19937 random(options.seed);
    std::normal_distribution<double> noise(0.0, options.noise);
    qr::GrayImage image(w, h, 0);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            double sum = 0;
            int count = 0;
            for (int ky = std::max(0, y - 1); ky <= std::min(h - 1, y + 1); ++ky) {
                for (int kx = std::max(0, x - 1); kx <= std::min(w - 1, x + 1); ++kx) {
                    sum += light[size_t(ky) * w + kx];
                    ++count;
                }
            }
            image.set(x, y, uchar(std::clamp(sum / count + noise(random), 0.0, 255.0)));
        }
    }
    return image;
}

} // namespace vitae::test
