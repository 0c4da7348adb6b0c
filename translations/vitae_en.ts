<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CredentialsPage</name>
    <message numerus="yes">
        <source>⚠ %n alert(s) about your vault: see what to do</source>
        <translation>
            <numerusform>⚠ %n alert about your vault: see what to do</numerusform>
            <numerusform>⚠ %n alerts about your vault: see what to do</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Add %n credential(s)</source>
        <translation>
            <numerusform>Add %n credential</numerusform>
            <numerusform>Add %n credentials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n alert(s) about your vault</source>
        <translation>
            <numerusform>%n alert about your vault</numerusform>
            <numerusform>%n alerts about your vault</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n issuer(s)</source>
        <translation>
            <numerusform>%1 · %n issuer</numerusform>
            <numerusform>%1 · %n issuers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharePage</name>
    <message numerus="yes">
        <source>%n credential(s) chosen.</source>
        <translation>
            <numerusform>%n credential chosen.</numerusform>
            <numerusform>%n credentials chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitae::gui::AlertsViewModel</name>
    <message numerus="yes">
        <source>Your last backup was %n day(s) ago.</source>
        <translation>
            <numerusform>Your last backup was %n day ago.</numerusform>
            <numerusform>Your last backup was %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitae::gui::AppController</name>
    <message numerus="yes">
        <source>Added %n credential(s) to your wallet.</source>
        <translation>
            <numerusform>Added %n credential to your wallet.</numerusform>
            <numerusform>Added %n credentials to your wallet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitae::gui::PortfolioViewModel</name>
    <message numerus="yes">
        <source>Exported %n credential(s) to %1.</source>
        <translation>
            <numerusform>Exported %n credential to %1.</numerusform>
            <numerusform>Exported %n credentials to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitae::gui::SettingsViewModel</name>
    <message numerus="yes">
        <source>Vitae locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Vitae locks after %n minute without use.</numerusform>
            <numerusform>Vitae locks after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved a backup of %n credential(s) to %1. Keep the backup passphrase safe: without it the backup cannot be restored.</source>
        <translation>
            <numerusform>Saved a backup of %n credential to %1. Keep the backup passphrase safe: without it the backup cannot be restored.</numerusform>
            <numerusform>Saved a backup of %n credentials to %1. Keep the backup passphrase safe: without it the backup cannot be restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n credential(s) from a backup made on %1 into a new vault in %2. Your open vault was not changed. To use the restored vault, start Vitae with --vault and that folder.</source>
        <translation>
            <numerusform>Restored %n credential from a backup made on %1 into a new vault in %2. Your open vault was not changed. To use the restored vault, start Vitae with --vault and that folder.</numerusform>
            <numerusform>Restored %n credentials from a backup made on %1 into a new vault in %2. Your open vault was not changed. To use the restored vault, start Vitae with --vault and that folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitae::gui::VaultWorker</name>
    <message numerus="yes">
        <source> (%n digits)</source>
        <translation>
            <numerusform> (%n digit)</numerusform>
            <numerusform> (%n digits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n characters)</source>
        <translation>
            <numerusform> (%n character)</numerusform>
            <numerusform> (%n characters)</numerusform>
        </translation>
    </message>
</context>
</TS>
