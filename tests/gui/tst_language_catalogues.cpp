// The Spanish, French and Arabic catalogues are complete and correct: every
// message the code marks is in them (lupdate is run on the sources and the
// result compared), each has a finished, non-empty translation, and each
// translation keeps the source's placeholders (%1…, %n), so a new string or
// a broken translation fails here rather than showing English or garbage.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // one translation, or every plural form
};

QList<Message> readCatalogue(const QString &path, QString *language = nullptr)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS") && language) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.unfinished = type == QLatin1String("unfinished");
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue; // kept for history only; never shown
            if (!current.numerus) {
                current.forms = {xml.readElementText()};
                messages.append(current);
            } else {
                while (xml.readNextStartElement())
                    current.forms.append(xml.readElementText());
                messages.append(current);
            }
        }
    }
    return xml.hasError() ? QList<Message>{} : messages;
}

// %1 … %99 (with or without L), as a sorted list: a translation may move
// them but must keep each one.
QStringList numberedPlaceholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2})"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured(1));
    QStringList sorted(found.begin(), found.end());
    sorted.sort();
    return sorted;
}

QString catalogue(const QString &language)
{
    return QStringLiteral(VITAE_SOURCE_DIR "/translations/vitae_%1.ts").arg(language);
}

} // namespace

class TestLanguageCatalogues : public QObject {
    Q_OBJECT
private slots:
    void testCompleteAndFinished_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void testCompleteAndFinished()
    {
        QFETCH(QString, language);
        QString declared;
        const QList<Message> messages = readCatalogue(catalogue(language), &declared);
        QVERIFY2(messages.size() > 100, qPrintable(catalogue(language)));
        QCOMPARE(declared, language);
        QStringList problems;
        for (const Message &message : messages) {
            const QString where = message.context + QLatin1String(": ") + message.source;
            if (message.unfinished)
                problems.append(QStringLiteral("unfinished: ") + where);
            if (message.forms.isEmpty())
                problems.append(QStringLiteral("no translation: ") + where);
            for (const QString &form : message.forms)
                if (form.trimmed().isEmpty())
                    problems.append(QStringLiteral("empty: ") + where);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void testPlaceholdersKept_data() { testCompleteAndFinished_data(); }

    void testPlaceholdersKept()
    {
        QFETCH(QString, language);
        QStringList problems;
        for (const Message &message : readCatalogue(catalogue(language))) {
            const QStringList wanted = numberedPlaceholders(message.source);
            bool anyCount = false;
            for (const QString &form : message.forms) {
                if (numberedPlaceholders(form) != wanted)
                    problems.append(QStringLiteral("%1 → %2").arg(message.source, form));
                anyCount = anyCount || form.contains(QLatin1String("%n"));
                // Outside plurals %n is a literal: it must stay as it is.
                if (!message.numerus && form.contains(QLatin1String("%n")) != message.source.contains(QLatin1String("%n")))
                    problems.append(QStringLiteral("%n: %1 → %2").arg(message.source, form));
            }
            // A plural form may spell out a small number ("two"), but the
            // count must show in at least one form.
            if (message.numerus && !anyCount)
                problems.append(QStringLiteral("no %n in any form: ") + message.source);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void testPluralFormCounts()
    {
        // Qt's plural rules: two forms in Spanish and French, six in Arabic
        // (0, 1, 2, 3–10, 11–99, 100 and up).
        const QHash<QString, int> expected{{QStringLiteral("es"), 2}, {QStringLiteral("fr"), 2}, {QStringLiteral("ar"), 6}};
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            int plurals = 0;
            for (const Message &message : readCatalogue(catalogue(it.key()))) {
                if (!message.numerus)
                    continue;
                ++plurals;
                QVERIFY2(message.forms.size() == it.value(), qPrintable(it.key() + QLatin1String(": ") + message.source));
            }
            QVERIFY(plurals > 0);
        }
    }

    void testWritingDirection()
    {
        // Qt reads the direction of a language from this message.
        const QHash<QString, QString> expected{
                {QStringLiteral("es"), QStringLiteral("LTR")}, {QStringLiteral("fr"), QStringLiteral("LTR")},
                {QStringLiteral("ar"), QStringLiteral("RTL")}};
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            QString direction;
            for (const Message &message : readCatalogue(catalogue(it.key())))
                if (message.context == QLatin1String("QGuiApplication") && message.source == QLatin1String("QT_LAYOUT_DIRECTION"))
                    direction = message.forms.value(0);
            QCOMPARE(direction, it.value());
        }
    }

    // Runs lupdate over the sources as the build does: any marked string
    // missing from the catalogues (someone added text and did not update
    // the translations) is listed here.
    void testEveryMarkedStringIsInTheCatalogues()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("vitae_es.ts"));
        const QString root = QStringLiteral(VITAE_SOURCE_DIR);
        QProcess lupdate;
        lupdate.setWorkingDirectory(root);
        lupdate.start(QStringLiteral(VITAE_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"), root + "/app",
                       QStringLiteral("-I"), root + "/core", root + "/qml", root + "/app/gui", root + "/core",
                       QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitStatus(), QProcess::NormalExit);
        QCOMPARE(lupdate.exitCode(), 0);

        QSet<QString> marked;
        for (const Message &message : readCatalogue(fresh))
            marked.insert(message.context + QLatin1Char('\x1f') + message.source);
        QVERIFY(marked.size() > 100);
        for (const QString &language : {QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("ar")}) {
            QSet<QString> translated;
            for (const Message &message : readCatalogue(catalogue(language)))
                translated.insert(message.context + QLatin1Char('\x1f') + message.source);
            QStringList missing;
            for (const QString &key : marked)
                if (!translated.contains(key))
                    missing.append(QString(key).replace(QLatin1Char('\x1f'), QLatin1String(": ")));
            missing.sort();
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QStringLiteral("%1 lacks %2 message(s); run the update_translations target and "
                                               "translate them:\n%3")
                                        .arg(language).arg(missing.size()).arg(missing.join(QLatin1Char('\n')))));
        }
    }

    // tr() in a C++ class is looked up under its full name
    // ("vitae::gui::AppController"), translate() under the context it
    // names. A context lupdate had to guess (a namespace, or a bare class
    // name when it could not read the headers) is never looked up: its
    // translations would silently not show.
    void testContextsMatchWhatTheCodeLooksUp()
    {
        QSet<QString> explicitContexts;
        static const QRegularExpression translateCall(QStringLiteral("translate\\(\\s*\"([^\"]+)\""));
        for (const QString &folder : {QStringLiteral("/app/gui"), QStringLiteral("/core")}) {
            QDirIterator files(QStringLiteral(VITAE_SOURCE_DIR) + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                               QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                for (const auto &match : translateCall.globalMatch(QString::fromUtf8(file.readAll())))
                    explicitContexts.insert(match.captured(1));
            }
        }
        QVERIFY(explicitContexts.contains(QStringLiteral("vitae")));
        const QDir qml(QStringLiteral(VITAE_SOURCE_DIR "/qml"));
        const QDir gui(QStringLiteral(VITAE_SOURCE_DIR "/app/gui"));
        QStringList problems;
        for (const Message &message : readCatalogue(catalogue(QStringLiteral("es")))) {
            const QString &context = message.context;
            const QString className = context.section(QLatin1String("::"), -1);
            const bool qmlFile = qml.exists(context + QLatin1String(".qml"));
            const bool guiClass = context == QLatin1String("vitae::gui::") + className && gui.exists(className + QLatin1String(".h"));
            if (!qmlFile && !guiClass && !explicitContexts.contains(context) && context != QLatin1String("QGuiApplication"))
                problems.append(context + QLatin1String(": ") + message.source);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLanguageCatalogues)
#include "tst_language_catalogues.moc"
