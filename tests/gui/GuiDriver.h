// Drives the real QML app in an offscreen window as a person would: finds
// controls by accessible name, clicks, types, pastes and takes screenshots.
// Shared by the end-to-end tests of the section pages.
#pragma once

#include "gui/AppController.h"

#include <QAccessible>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>

#include <memory>

namespace vitae::test {

class GuiDriver {
public:
    // Loads Main.qml over `app` in a desktop-sized window.
    bool start(gui::AppController *app)
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QAccessible::setActive(true); // as a screen reader would
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(app)}});
        m_engine->load(QUrl(QStringLiteral("qrc:/Vitae/Ui/Main.qml")));
        if (m_engine->rootObjects().size() != 1)
            return false;
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
        if (!m_window)
            return false;
        m_window->resize(960, 680);
        return QTest::qWaitForWindowExposed(m_window);
    }

    void stop() { m_engine.reset(); }
    QQuickWindow *window() const { return m_window; }

    static QQuickItem *find(QQuickItem *root, const QString &name)
    {
        if (!root || !root->isVisible())
            return nullptr;
        if (QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(root))
            if (accessible->text(QAccessible::Name) == name)
                return root;
        for (QQuickItem *child : root->childItems())
            if (QQuickItem *found = find(child, name))
                return found;
        return nullptr;
    }

    QQuickItem *item(const QString &name, int timeoutMs = 5000)
    {
        QQuickItem *found = nullptr;
        // Null when it never appeared; callers check that.
        (void)QTest::qWaitFor([&] { return (found = find(m_window->contentItem(), name)); }, timeoutMs);
        return found;
    }

    // Clicks the control's centre, scrolling it into view first if it sits
    // in a Flickable (a ScrollView's content).
    // True once no visible control has that name.
    bool gone(const QString &name, int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] { return !find(m_window->contentItem(), name); }, timeoutMs);
    }

    bool click(const QString &name)
    {
        QQuickItem *target = item(name);
        if (!target || !QTest::qWaitFor([&] { return target->isEnabled(); }, 5000))
            return false;
        ensureVisible(target);
        // Layouts and transitions move controls for a moment after they
        // appear: click once the control has stopped moving.
        auto centreOf = [target] { return target->mapToScene(QPointF(target->width() / 2, target->height() / 2)); };
        QPointF centre = centreOf();
        for (int settled = 0, tries = 0; settled < 3 && tries < 40; ++tries) {
            QTest::qWait(25);
            const QPointF now = centreOf();
            settled = now == centre ? settled + 1 : 0;
            centre = now;
        }
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
        return true;
    }

    // Qt 6.4 has keyClicks() for widgets only: one key at a time.
    void typeText(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
    }

    bool type(const QString &name, const QString &text)
    {
        if (!click(name))
            return false;
        QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier);
        typeText(text);
        return true;
    }

    // Through the clipboard, as a verifier pastes what they were sent.
    bool paste(const QString &name, const QString &text)
    {
        QGuiApplication::clipboard()->setText(text);
        if (!click(name))
            return false;
        QTest::keyClick(m_window, Qt::Key_V, Qt::ControlModifier);
        return true;
    }

    bool screenshot(const QString &name)
    {
        QTest::qWait(300); // let animations settle
        const QImage image = m_window->grabWindow();
        QDir().mkpath(QStringLiteral(VITAE_SCREENSHOT_DIR));
        return !image.isNull() && image.save(QStringLiteral(VITAE_SCREENSHOT_DIR "/%1.png").arg(name));
    }

    void resize(int width, int height)
    {
        m_window->resize(width, height);
        // A window manager may refuse a size; the screenshot then shows it.
        (void)QTest::qWaitFor([&] { return m_window->width() == width && m_window->height() == height; }, 2000);
        QTest::qWait(100);
    }

private:
    static void ensureVisible(QQuickItem *target)
    {
        for (QQuickItem *parent = target->parentItem(); parent; parent = parent->parentItem()) {
            if (!parent->inherits("QQuickFlickable"))
                continue;
            QQuickItem *content = parent->property("contentItem").value<QQuickItem *>();
            if (!content)
                return;
            const QRectF box = target->mapRectToItem(content, QRectF(0, 0, target->width(), target->height()));
            const qreal y = parent->property("contentY").toReal();
            const qreal h = parent->height();
            if (box.top() < y || box.bottom() > y + h) {
                const qreal maxY = std::max<qreal>(0, parent->property("contentHeight").toReal() - h);
                parent->setProperty("contentY", std::clamp<qreal>(box.center().y() - h / 2, 0, maxY));
                QTest::qWait(50);
            }
            return;
        }
    }

    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

} // namespace vitae::test
