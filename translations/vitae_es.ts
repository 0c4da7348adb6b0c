<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddExperienceDialog</name>
    <message>
        <source>Choose evidence files</source>
        <translation>Elegir archivos de prueba</translation>
    </message>
    <message>
        <source>Add experience</source>
        <translation>Añadir experiencia</translation>
    </message>
    <message>
        <source>This will be self-asserted: signed by you. Evidence files are kept in your vault and the entry proves they are unchanged.</source>
        <translation>Será autodeclarada: firmada por ti. Los archivos de prueba se guardan en tu bóveda y la entrada demuestra que no han cambiado.</translation>
    </message>
    <message>
        <source>Role (required)</source>
        <translation>Puesto (obligatorio)</translation>
    </message>
    <message>
        <source>For example Logistics planning officer</source>
        <translation>Por ejemplo, oficial de planificación logística</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>For example U.S. Army</source>
        <translation>Por ejemplo, Ejército de EE. UU.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>For example Fort Hood, Texas</source>
        <translation>Por ejemplo, Fort Hood, Texas</translation>
    </message>
    <message>
        <source>From (required)</source>
        <translation>Desde (obligatorio)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Year-month, e.g. 2012-05</source>
        <translation>Año-mes, p. ej. 2012-05</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Mes de inicio</translation>
    </message>
    <message>
        <source>Empty if ongoing</source>
        <translation>Vacío si continúa</translation>
    </message>
    <message>
        <source>End month</source>
        <translation>Mes de fin</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Qué hiciste</translation>
    </message>
    <message>
        <source>What you did, for example: fleet of 60 vehicles, 1,200 personnel</source>
        <translation>Qué hiciste, por ejemplo: flota de 60 vehículos, 1200 personas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>A skill, then Enter</source>
        <translation>Una competencia y luego Intro</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add skill</source>
        <translation>Añadir competencia</translation>
    </message>
    <message>
        <source>Remove skill %1</source>
        <translation>Quitar la competencia %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove evidence %1</source>
        <translation>Quitar la prueba %1</translation>
    </message>
    <message>
        <source>Add evidence files…</source>
        <translation>Añadir archivos de prueba…</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Añadir archivos de prueba</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel adding experience</source>
        <translation>Cancelar la nueva experiencia</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Firmando…</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Guardar entrada</translation>
    </message>
    <message>
        <source>Save experience</source>
        <translation>Guardar la experiencia</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>Check my credentials now</source>
        <translation>Comprobar mis credenciales ahora</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Checking your credentials with their issuers…</source>
        <translation>Comprobando tus credenciales con sus emisores…</translation>
    </message>
    <message>
        <source>Last checked %1. Vitae checks again each time you unlock, and once a day while it is open.</source>
        <translation>Última comprobación: %1. Vitae vuelve a comprobar cada vez que desbloqueas y una vez al día mientras está abierto.</translation>
    </message>
    <message>
        <source>Vitae checks your credentials each time you unlock, and once a day while it is open.</source>
        <translation>Vitae comprueba tus credenciales cada vez que desbloqueas y una vez al día mientras está abierto.</translation>
    </message>
    <message>
        <source>No alerts: none of your credentials was revoked, suspended or is about to expire, and your backup is recent.</source>
        <translation>Sin avisos: ninguna de tus credenciales ha sido revocada ni suspendida ni está a punto de caducar, y tu copia de seguridad es reciente.</translation>
    </message>
    <message>
        <source>Open the credential</source>
        <translation>Abrir la credencial</translation>
    </message>
    <message>
        <source>Open the credential: %1</source>
        <translation>Abrir la credencial: %1</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Hacer una copia de seguridad</translation>
    </message>
</context>
<context>
    <name>CheckLine</name>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>A verifier asks to see your credentials</source>
        <translation>Un verificador pide ver tus credenciales</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Reading the request…</source>
        <translation>Leyendo la solicitud…</translation>
    </message>
    <message>
        <source>%1 asks for a presentation</source>
        <translation>%1 pide una presentación</translation>
    </message>
    <message>
        <source>Your answer goes to %1.</source>
        <translation>Tu respuesta va a %1.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is the verifier&apos;s own description; the signature proves only the identifier above.</source>
        <translation>El nombre «%1» es la descripción que el verificador da de sí mismo; la firma solo demuestra el identificador de arriba.</translation>
    </message>
    <message>
        <source>Vitae could not check who this verifier is. Share only if you trust the address above.</source>
        <translation>Vitae no pudo comprobar quién es este verificador. Comparte solo si confías en la dirección de arriba.</translation>
    </message>
    <message>
        <source>What it would receive</source>
        <translation>Lo que recibiría</translation>
    </message>
    <message>
        <source>It asks for %1</source>
        <translation>Pide %1</translation>
    </message>
    <message>
        <source>You hold no credential that answers this part of the request.</source>
        <translation>No tienes ninguna credencial que responda a esta parte de la solicitud.</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, de %2</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>From your credential: %1, issued by %2</source>
        <translation>De tu credencial: %1, emitida por %2</translation>
    </message>
    <message>
        <source>This credential is shared whole: its format does not let you hide parts of it.</source>
        <translation>Esta credencial se comparte entera: su formato no permite ocultar partes.</translation>
    </message>
    <message>
        <source>Only the ticked claims are disclosed, with what the issuer made always visible (issuer, type, dates). Claims marked required cannot be left out.</source>
        <translation>Solo se revelan las afirmaciones marcadas, junto con lo que el emisor hizo siempre visible (emisor, tipo, fechas). Las afirmaciones marcadas como obligatorias no se pueden omitir.</translation>
    </message>
    <message>
        <source>It asks for no particular claim: only what the issuer made always visible (issuer, type, dates) is disclosed.</source>
        <translation>No pide ninguna afirmación concreta: solo se revela lo que el emisor hizo siempre visible (emisor, tipo, fechas).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obligatoria)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoria)</translation>
    </message>
    <message>
        <source>Disclose %1</source>
        <translation>Revelar %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>Enviar a %1</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Decline the request</source>
        <translation>Rechazar la solicitud</translation>
    </message>
    <message>
        <source>Address given by the verifier</source>
        <translation>Dirección indicada por el verificador</translation>
    </message>
    <message>
        <source>What you sent is in your share log (Share page).</source>
        <translation>Lo que enviaste está en tu registro de compartidos (página Compartir).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Done with the request</source>
        <translation>Terminar con la solicitud</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Welcome to Vitae</source>
        <translation>Te damos la bienvenida a Vitae</translation>
    </message>
    <message>
        <source>Vitae keeps your diplomas, badges and certificates in an encrypted vault on this device. Choose a passphrase to lock it.</source>
        <translation>Vitae guarda tus títulos, insignias y certificados en una bóveda cifrada en este dispositivo. Elige una frase de contraseña para protegerla.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbela otra vez</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmar la frase de contraseña</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even the makers of Vitae. Write it down somewhere safe, and make a backup once your vault holds credentials.</source>
        <translation>Nadie puede recuperar una frase de contraseña olvidada, ni siquiera quienes hacen Vitae. Anótala en un lugar seguro y haz una copia de seguridad cuando tu bóveda tenga credenciales.</translation>
    </message>
    <message>
        <source>Creating your vault…</source>
        <translation>Creando tu bóveda…</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Crear bóveda</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Carpeta de la bóveda: %1</translation>
    </message>
</context>
<context>
    <name>CredentialDelegate</name>
    <message>
        <source>%1, issued by %2</source>
        <translation>%1, emitida por %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>CredentialDetailPage</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to your credentials</source>
        <translation>Volver a tus credenciales</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Emitida por %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Válida hasta %1</translation>
    </message>
    <message>
        <source>Checked on %1</source>
        <translation>Comprobada el %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation>Avales</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>checked, with a warning: open it to see why</source>
        <translation>comprobado, con una advertencia: ábrelo para ver por qué</translation>
    </message>
    <message>
        <source>failed its check</source>
        <translation>no superó la comprobación</translation>
    </message>
    <message>
        <source>%1 (%2): “%3”</source>
        <translation>%1 (%2): «%3»</translation>
    </message>
    <message>
        <source>Endorsed by %1</source>
        <translation>Avalado por %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Check this credential again</source>
        <translation>Comprobar de nuevo esta credencial</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete this credential</source>
        <translation>Eliminar esta credencial</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>The credential&apos;s exact data</source>
        <translation>Los datos exactos de la credencial</translation>
    </message>
    <message>
        <source>Delete this credential?</source>
        <translation>¿Eliminar esta credencial?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Keep the credential</source>
        <translation>Conservar la credencial</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Confirm deleting the credential</source>
        <translation>Confirmar la eliminación de la credencial</translation>
    </message>
    <message>
        <source>It is removed from this vault. If you have no copy, the issuer may be able to send it again.</source>
        <translation>Se quita de esta bóveda. Si no tienes otra copia, quizá el emisor pueda enviártela de nuevo.</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Your credentials</source>
        <translation>Tus credenciales</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add credentials from files</source>
        <translation>Añadir credenciales desde archivos</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Escanear</translation>
    </message>
    <message>
        <source>Scan a QR code to add</source>
        <translation>Escanear un código QR para añadir</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Paste a code or link</source>
        <translation>Pegar un código o un enlace</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Bloquear la bóveda</translation>
    </message>
    <message>
        <source>Add credentials</source>
        <translation>Añadir credenciales</translation>
    </message>
    <message>
        <source>Credentials, badges and portfolios (*.json *.jwt *.txt *.png *.svg *.pdf)</source>
        <translation>Credenciales, insignias y portafolios (*.json *.jwt *.txt *.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Search by title, issuer or skill</source>
        <translation>Buscar por título, emisor o competencia</translation>
    </message>
    <message>
        <source>Search credentials</source>
        <translation>Buscar credenciales</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n alert(s) about your vault: see what to do</source>
        <translation>
            <numerusform>⚠ %n aviso sobre tu bóveda: mira qué hacer</numerusform>
            <numerusform>⚠ %n avisos sobre tu bóveda: mira qué hacer</numerusform>
        </translation>
    </message>
    <message>
        <source>See alerts</source>
        <translation>Ver los avisos</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message>
        <source>Your vault is empty. Add a credential file or drop a badge here: it will be verified and kept encrypted.</source>
        <translation>Tu bóveda está vacía. Añade un archivo de credencial o suelta aquí una insignia: se verificará y se guardará cifrada.</translation>
    </message>
    <message>
        <source>Your DID: %1</source>
        <translation>Tu DID: %1</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Verified, with warnings</source>
        <translation>Verificada, con advertencias</translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation>Verificación fallida</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Estado desconocido</translation>
    </message>
    <message>
        <source>Self-asserted</source>
        <translation>Autodeclarada</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Aún sin verificar</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All issuers</source>
        <translation>Todos los emisores</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Most recently issued</source>
        <translation>Emitidas más recientemente</translation>
    </message>
    <message>
        <source>No credential matches these filters.</source>
        <translation>Ninguna credencial coincide con estos filtros.</translation>
    </message>
</context>
<context>
    <name>DeletePortfolioDialog</name>
    <message>
        <source>Delete the portfolio?</source>
        <translation>¿Eliminar el portafolio?</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message>
        <source>Only the portfolio goes: its credentials, entries and evidence stay in your vault. Files you exported from it are not touched.</source>
        <translation>Solo se elimina el portafolio: sus credenciales, entradas y pruebas siguen en tu bóveda. Los archivos que exportaste de él no se tocan.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Keep the portfolio</source>
        <translation>Conservar el portafolio</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Confirm deleting the portfolio</source>
        <translation>Confirmar la eliminación del portafolio</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Save the bundle</source>
        <translation>Guardar el paquete</translation>
    </message>
    <message>
        <source>Portfolio bundle (*.json)</source>
        <translation>Paquete de portafolio (*.json)</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <source>Title, for example Operations manager, Acme Freight</source>
        <translation>Título, por ejemplo: Responsable de operaciones, Acme Freight</translation>
    </message>
    <message>
        <source>Bundle title</source>
        <translation>Título del paquete</translation>
    </message>
    <message>
        <source>Credentials to export</source>
        <translation>Credenciales que exportar</translation>
    </message>
    <message>
        <source>%1 (self-asserted)</source>
        <translation>%1 (autodeclarada)</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, de %2</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Save bundle…</source>
        <translation>Guardar paquete…</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>Guardar paquete</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Guardar el PDF</translation>
    </message>
    <message>
        <source>Portfolio PDF (*.pdf)</source>
        <translation>PDF de portafolio (*.pdf)</translation>
    </message>
    <message>
        <source>Export the portfolio</source>
        <translation>Exportar el portafolio</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>Exportar «%1»</translation>
    </message>
    <message>
        <source>In this order, each with its evidence files:</source>
        <translation>En este orden, cada uno con sus archivos de prueba:</translation>
    </message>
    <message>
        <source>What the export holds, in order</source>
        <translation>Lo que contiene la exportación, en orden</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The PDF reads like a CV and carries the signed bundle, so it can be checked; the bundle alone is for systems that verify.</source>
        <translation>El PDF se lee como un currículum y lleva el paquete firmado, para que se pueda comprobar; el paquete solo es para sistemas que verifican.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
</context>
<context>
    <name>FilePathField</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Elegir: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Add to your wallet</source>
        <translation>Añadir a tu cartera</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Emitida por %1</translation>
    </message>
    <message>
        <source>Cannot be added: %1</source>
        <translation>No se puede añadir: %1</translation>
    </message>
    <message>
        <source>Already in your wallet.</source>
        <translation>Ya está en tu cartera.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel adding</source>
        <translation>Cancelar la adición</translation>
    </message>
    <message numerus="yes">
        <source>Add %n credential(s)</source>
        <translation>
            <numerusform>Añadir %n credencial</numerusform>
            <numerusform>Añadir %n credenciales</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to wallet</source>
        <translation>Añadir a la cartera</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Save the presentation</source>
        <translation>Guardar la presentación</translation>
    </message>
    <message>
        <source>SD-JWT presentation (*.txt)</source>
        <translation>Presentación SD-JWT (*.txt)</translation>
    </message>
    <message>
        <source>Verifiable presentation (*.json)</source>
        <translation>Presentación verificable (*.json)</translation>
    </message>
    <message>
        <source>Presentation for the verifier</source>
        <translation>Presentación para el verificador</translation>
    </message>
    <message>
        <source>Presentation QR code</source>
        <translation>Código QR de la presentación</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>For the verifier in front of you</source>
        <translation>Para el verificador que tienes delante</translation>
    </message>
    <message>
        <source>What they will see</source>
        <translation>Lo que verá</translation>
    </message>
    <message>
        <source>The code changes a few times a second: hold still until the verifier&apos;s device has read it.</source>
        <translation>El código cambia varias veces por segundo: no te muevas hasta que el dispositivo del verificador lo haya leído.</translation>
    </message>
    <message>
        <source>Let the verifier scan this code. It is in your share log.</source>
        <translation>Deja que el verificador escanee este código. Está en tu registro de compartidos.</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Guardar como archivo…</translation>
    </message>
    <message>
        <source>Save as file</source>
        <translation>Guardar como archivo</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the QR code</source>
        <translation>Cerrar el código QR</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Vitae</source>
        <translation>Vitae</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portafolio</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Ocultar la frase de contraseña</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>PendingLinkBanner</name>
    <message>
        <source>Collect</source>
        <translation>Obtener</translation>
    </message>
    <message>
        <source>Collect from this link</source>
        <translation>Obtener desde este enlace</translation>
    </message>
    <message>
        <source>Review the request</source>
        <translation>Revisar la solicitud</translation>
    </message>
    <message>
        <source>Open to verify</source>
        <translation>Abrir para verificar</translation>
    </message>
    <message>
        <source>Review what the verifier asks for</source>
        <translation>Revisar lo que pide el verificador</translation>
    </message>
    <message>
        <source>Open the presentation to verify it</source>
        <translation>Abrir la presentación para verificarla</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the received link</source>
        <translation>Descartar el enlace recibido</translation>
    </message>
    <message>
        <source>Transaction code</source>
        <translation>Código de transacción</translation>
    </message>
    <message>
        <source>Dismiss the opened files</source>
        <translation>Descartar los archivos abiertos</translation>
    </message>
</context>
<context>
    <name>PortfolioEditor</name>
    <message>
        <source>‹ All portfolios</source>
        <translation>‹ Todos los portafolios</translation>
    </message>
    <message>
        <source>Back to portfolios</source>
        <translation>Volver a los portafolios</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export portfolio</source>
        <translation>Exportar el portafolio</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Rename portfolio</source>
        <translation>Cambiar el nombre del portafolio</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete portfolio</source>
        <translation>Eliminar el portafolio</translation>
    </message>
    <message>
        <source>In this portfolio, in the order it is read</source>
        <translation>En este portafolio, en el orden en que se lee</translation>
    </message>
    <message>
        <source>This portfolio is empty. Add credentials, experience entries and endorsements from the list below; they are exported in the order shown here, with their evidence files.</source>
        <translation>Este portafolio está vacío. Añade credenciales, entradas de experiencia y avales desde la lista de abajo; se exportan en el orden que se muestra aquí, con sus archivos de prueba.</translation>
    </message>
    <message>
        <source>Add to this portfolio</source>
        <translation>Añadir a este portafolio</translation>
    </message>
    <message>
        <source>Your vault has nothing to add yet: import a credential on the Credentials page, or add your experience on the Portfolio page first.</source>
        <translation>Tu bóveda aún no tiene nada que añadir: importa una credencial en la página Credenciales o añade primero tu experiencia en la página Portafolio.</translation>
    </message>
    <message>
        <source>Everything in your vault is in this portfolio.</source>
        <translation>Todo lo de tu bóveda está en este portafolio.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add %1 to the portfolio</source>
        <translation>Añadir %1 al portafolio</translation>
    </message>
</context>
<context>
    <name>PortfolioItemDelegate</name>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Pruebas: %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Bajar %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1 from the portfolio</source>
        <translation>Quitar %1 del portafolio</translation>
    </message>
</context>
<context>
    <name>PortfolioListSection</name>
    <message>
        <source>Portfolios</source>
        <translation>Portafolios</translation>
    </message>
    <message>
        <source>A portfolio is what you send with one application: the credentials, experience and endorsements that matter for it, in the order you want them read.</source>
        <translation>Un portafolio es lo que envías con una candidatura: las credenciales, la experiencia y los avales que importan para ella, en el orden en que quieres que se lean.</translation>
    </message>
    <message>
        <source>Name, for example Operations manager, Acme Freight</source>
        <translation>Nombre, por ejemplo: Responsable de operaciones, Acme Freight</translation>
    </message>
    <message>
        <source>New portfolio name</source>
        <translation>Nombre del nuevo portafolio</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Create portfolio</source>
        <translation>Crear portafolio</translation>
    </message>
    <message>
        <source>No portfolios yet. Name one after the job you are applying for, then add what it should show.</source>
        <translation>Aún no hay portafolios. Ponle a uno el nombre del puesto al que te presentas y añade lo que debe mostrar.</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open portfolio %1</source>
        <translation>Abrir el portafolio %1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Rename portfolio %1</source>
        <translation>Cambiar el nombre del portafolio %1</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete portfolio %1</source>
        <translation>Eliminar el portafolio %1</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 elemento</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 elementos</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>Portfolio</source>
        <translation>Portafolio</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <source>Your experience, in your own words. Entries are self-asserted: signed by you, not checked by anyone else until someone endorses them.</source>
        <translation>Tu experiencia, con tus propias palabras. Las entradas son autodeclaradas: firmadas por ti, sin que nadie más las compruebe hasta que alguien las avale.</translation>
    </message>
    <message>
        <source>Add experience</source>
        <translation>Añadir experiencia</translation>
    </message>
    <message>
        <source>No entries yet. Add a job, a volunteer role or anything you did that others should know about.</source>
        <translation>Aún no hay entradas. Añade un empleo, un voluntariado o cualquier cosa que hayas hecho y que otros deban conocer.</translation>
    </message>
    <message>
        <source>%1, self-asserted</source>
        <translation>%1, autodeclarada</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Pruebas: %1</translation>
    </message>
    <message>
        <source>No evidence files attached.</source>
        <translation>No hay archivos de prueba adjuntos.</translation>
    </message>
</context>
<context>
    <name>PortfolioViewModel</name>
    <message>
        <source>Experience entry, self-asserted</source>
        <translation>Entrada de experiencia, autodeclarada</translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation>Aval</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>RememberDeviceOption</name>
    <message>
        <source>Remember on this device</source>
        <translation>Recordar en este dispositivo</translation>
    </message>
    <message>
        <source>When this is on, this device&apos;s keychain keeps a key that opens your vault without the passphrase. Anyone who can use your logged-in account on this device can then open the vault. Your passphrase itself is never saved, and it still works. Turning this off removes the key.</source>
        <translation>Si está activado, el llavero de este dispositivo guarda una clave que abre tu bóveda sin la frase de contraseña. Cualquiera que pueda usar tu sesión en este dispositivo podrá abrir la bóveda. Tu frase de contraseña nunca se guarda y sigue funcionando. Al desactivarlo se elimina la clave.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
</context>
<context>
    <name>RenamePortfolioDialog</name>
    <message>
        <source>Rename the portfolio</source>
        <translation>Cambiar el nombre del portafolio</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Cambiar el nombre de «%1»</translation>
    </message>
    <message>
        <source>Portfolio name</source>
        <translation>Nombre del portafolio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel renaming</source>
        <translation>Cancelar el cambio de nombre</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>Guardar nombre</translation>
    </message>
    <message>
        <source>Save the new name</source>
        <translation>Guardar el nuevo nombre</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Open a picture of a QR code</source>
        <translation>Abrir una imagen de un código QR</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>QR code scanner</source>
        <translation>Escáner de códigos QR</translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation>Escanear un código QR</translation>
    </message>
    <message>
        <source>Camera view</source>
        <translation>Vista de la cámara</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>No se encontró ninguna cámara</translation>
    </message>
    <message>
        <source>You can still read the code: open a picture or screenshot of it, or copy the code (or the link or text it holds) and paste it here with Paste or Ctrl+V.</source>
        <translation>Aún puedes leer el código: abre una imagen o captura de pantalla de él, o copia el código (o el enlace o texto que contiene) y pégalo aquí con Pegar o Ctrl+V.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Scan status: %1</source>
        <translation>Estado del escaneo: %1</translation>
    </message>
    <message>
        <source>Open a picture…</source>
        <translation>Abrir una imagen…</translation>
    </message>
    <message>
        <source>Open a picture of the code</source>
        <translation>Abrir una imagen del código</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Paste a code</source>
        <translation>Pegar un código</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel scanning</source>
        <translation>Cancelar el escaneo</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>After 1 minute</source>
        <translation>Al cabo de 1 minuto</translation>
    </message>
    <message>
        <source>After %1 minutes</source>
        <translation>Al cabo de %1 minutos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Guardar la copia de seguridad como</translation>
    </message>
    <message>
        <source>Vitae backups (*.vitaebackup)</source>
        <translation>Copias de seguridad de Vitae (*.vitaebackup)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Elegir una copia de seguridad para restaurar</translation>
    </message>
    <message>
        <source>Choose a folder for the restored vault</source>
        <translation>Elegir una carpeta para la bóveda restaurada</translation>
    </message>
    <message>
        <source>Add a trust list</source>
        <translation>Añadir una lista de confianza</translation>
    </message>
    <message>
        <source>Trust lists and issuer registries (*.json)</source>
        <translation>Listas de confianza y registros de emisores (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) about your vault</source>
        <translation>
            <numerusform>%n aviso sobre tu bóveda</numerusform>
            <numerusform>%n avisos sobre tu bóveda</numerusform>
        </translation>
    </message>
    <message>
        <source>See alerts</source>
        <translation>Ver los avisos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Lock the vault when Vitae is not used</source>
        <translation>Bloquear la bóveda cuando Vitae no se usa</translation>
    </message>
    <message>
        <source>Auto-lock time</source>
        <translation>Tiempo de bloqueo automático</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Trust lists</source>
        <translation>Listas de confianza</translation>
    </message>
    <message>
        <source>Issuers on your trust lists show as known issuers when Vitae checks a credential. Lists come from your school, employer or a registry such as the Digital Credentials Consortium&apos;s.</source>
        <translation>Los emisores de tus listas de confianza aparecen como emisores conocidos cuando Vitae comprueba una credencial. Las listas proceden de tu centro de estudios, de tu empresa o de un registro como el del Digital Credentials Consortium.</translation>
    </message>
    <message>
        <source>No trust lists yet.</source>
        <translation>Aún no hay listas de confianza.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n issuer(s)</source>
        <translation>
            <numerusform>%1 · %n emisor</numerusform>
            <numerusform>%1 · %n emisores</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove trust list %1</source>
        <translation>Quitar la lista de confianza %1</translation>
    </message>
    <message>
        <source>Trust list file</source>
        <translation>Archivo de lista de confianza</translation>
    </message>
    <message>
        <source>Trust list file (JSON)</source>
        <translation>Archivo de lista de confianza (JSON)</translation>
    </message>
    <message>
        <source>Add trust list</source>
        <translation>Añadir lista de confianza</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Última copia de seguridad: %1</translation>
    </message>
    <message>
        <source>You have not made a backup of this vault yet.</source>
        <translation>Aún no has hecho una copia de seguridad de esta bóveda.</translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding your whole vault, your keys included. It has a passphrase of its own: keep the file on another device and the passphrase somewhere safe.</source>
        <translation>Una copia de seguridad es un único archivo cifrado que contiene toda tu bóveda, claves incluidas. Tiene su propia frase de contraseña: guarda el archivo en otro dispositivo y la frase de contraseña en un lugar seguro.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Where to save it, e.g. %1</source>
        <translation>Dónde guardarla, p. ej. %1</translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Backup passphrase strength</source>
        <translation>Solidez de la frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbela otra vez</translation>
    </message>
    <message>
        <source>Confirm backup passphrase</source>
        <translation>Confirmar la frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Make backup</source>
        <translation>Hacer copia de seguridad</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <translation>Archivo de copia de seguridad que restaurar</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>La frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Frase de contraseña de la copia de seguridad que restaurar</translation>
    </message>
    <message>
        <source>Folder for the restored vault</source>
        <translation>Carpeta para la bóveda restaurada</translation>
    </message>
    <message>
        <source>A new, empty folder</source>
        <translation>Una carpeta nueva y vacía</translation>
    </message>
    <message>
        <source>Passphrase for the restored vault</source>
        <translation>Frase de contraseña de la bóveda restaurada</translation>
    </message>
    <message>
        <source>Confirm passphrase for the restored vault</source>
        <translation>Confirmar la frase de contraseña de la bóveda restaurada</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Restore into a new vault</source>
        <translation>Restaurar en una bóveda nueva</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Carpeta de la bóveda: %1</translation>
    </message>
    <message>
        <source>Restoring builds a new vault from a backup, in a folder of its own, with a new passphrase. The vault you have open now is never changed or replaced. Open the restored vault by starting Vitae with -⁠-⁠vault and its folder.</source>
        <translation>Restaurar crea una bóveda nueva a partir de una copia de seguridad, en su propia carpeta y con una frase de contraseña nueva. La bóveda que tienes abierta nunca se cambia ni se sustituye. Abre la bóveda restaurada iniciando Vitae con -⁠-⁠vault y su carpeta.</translation>
    </message>
</context>
<context>
    <name>SharePage</name>
    <message>
        <source>Share credentials</source>
        <translation>Compartir credenciales</translation>
    </message>
    <message>
        <source>1. Choose what to share</source>
        <translation>1. Elige qué compartir</translation>
    </message>
    <message>
        <source>Your vault has no credentials to share yet.</source>
        <translation>Tu bóveda aún no tiene credenciales que compartir.</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>Compartir %1</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Emitida por %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Disclose %1</source>
        <translation>Revelar %1</translation>
    </message>
    <message>
        <source>2. Who is asking</source>
        <translation>2. Quién lo pide</translation>
    </message>
    <message>
        <source>The verifier gives you a challenge (scan their code or type it). It ties this presentation to them, so it cannot be replayed elsewhere.</source>
        <translation>El verificador te da un desafío (escanea su código o escríbelo). Vincula esta presentación a él, para que no pueda reutilizarse en otro lugar.</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <source>Verifier&apos;s challenge</source>
        <translation>Desafío del verificador</translation>
    </message>
    <message>
        <source>Domain, for example jobs.example (optional)</source>
        <translation>Dominio, por ejemplo jobs.example (opcional)</translation>
    </message>
    <message>
        <source>Verifier&apos;s domain</source>
        <translation>Dominio del verificador</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Firmando…</translation>
    </message>
    <message>
        <source>Build presentation</source>
        <translation>Crear presentación</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) chosen.</source>
        <translation>
            <numerusform>%n credencial elegida.</numerusform>
            <numerusform>%n credenciales elegidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your share log</source>
        <translation>Tu registro de compartidos</translation>
    </message>
    <message>
        <source>Nothing shared yet. Every presentation you make is listed here: what, to whom, and when.</source>
        <translation>Aún no has compartido nada. Aquí aparece cada presentación que hagas: qué, a quién y cuándo.</translation>
    </message>
    <message>
        <source>%1 · to %2 by %3</source>
        <translation>%1 · a %2 por %3</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Search skills</source>
        <translation>Buscar competencias</translation>
    </message>
    <message>
        <source>No skill matches “%1”.</source>
        <translation>Ninguna competencia coincide con «%1».</translation>
    </message>
    <message>
        <source>No skills yet. They come from your credentials&apos; alignments and tags, and from the skills you list in your portfolio entries.</source>
        <translation>Aún no hay competencias. Provienen de las alineaciones y etiquetas de tus credenciales, y de las competencias que indicas en las entradas de tu portafolio.</translation>
    </message>
    <message>
        <source>Skill %1. %2</source>
        <translation>Competencia %1. %2</translation>
    </message>
    <message>
        <source>%1 (self-asserted)</source>
        <translation>%1 (autodeclarada)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Verified, with warnings</source>
        <translation>Verificada, con advertencias</translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation>Verificación fallida</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Estado desconocido</translation>
    </message>
    <message>
        <source>Self-asserted</source>
        <translation>Autodeclarada</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Aún sin verificar</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Desbloquea tu bóveda</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlocking on this device…</source>
        <translation>Desbloqueando en este dispositivo…</translation>
    </message>
    <message>
        <source>Unlock on this device</source>
        <translation>Desbloquear en este dispositivo</translation>
    </message>
    <message>
        <source>Opens the vault with the key kept in this device&apos;s keychain, without the passphrase.</source>
        <translation>Abre la bóveda con la clave guardada en el llavero de este dispositivo, sin la frase de contraseña.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify a presentation</source>
        <translation>Verificar una presentación</translation>
    </message>
    <message>
        <source>Open a presentation</source>
        <translation>Abrir una presentación</translation>
    </message>
    <message>
        <source>Presentations (*.json *.txt)</source>
        <translation>Presentaciones (*.json *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>1. Your challenge</source>
        <translation>1. Tu desafío</translation>
    </message>
    <message>
        <source>Make a new challenge for each interview and let the learner scan it, so what they show was made for you alone.</source>
        <translation>Crea un desafío nuevo para cada entrevista y deja que la persona lo escanee, para que lo que te muestre esté hecho solo para ti.</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <source>Your challenge</source>
        <translation>Tu desafío</translation>
    </message>
    <message>
        <source>Your domain (optional)</source>
        <translation>Tu dominio (opcional)</translation>
    </message>
    <message>
        <source>Your domain</source>
        <translation>Tu dominio</translation>
    </message>
    <message>
        <source>New challenge</source>
        <translation>Nuevo desafío</translation>
    </message>
    <message>
        <source>Challenge QR code</source>
        <translation>Código QR del desafío</translation>
    </message>
    <message>
        <source>2. What the learner shows you</source>
        <translation>2. Lo que te muestra la persona</translation>
    </message>
    <message>
        <source>Paste the presentation or its link here</source>
        <translation>Pega aquí la presentación o su enlace</translation>
    </message>
    <message>
        <source>Presentation text</source>
        <translation>Texto de la presentación</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <source>Open presentation file</source>
        <translation>Abrir un archivo de presentación</translation>
    </message>
    <message>
        <source>Scan QR…</source>
        <translation>Escanear QR…</translation>
    </message>
    <message>
        <source>Scan a presentation QR code</source>
        <translation>Escanear el código QR de una presentación</translation>
    </message>
    <message>
        <source>Paste code</source>
        <translation>Pegar código</translation>
    </message>
    <message>
        <source>Paste a presentation code</source>
        <translation>Pegar el código de una presentación</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Verify presentation</source>
        <translation>Verificar la presentación</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Checked on this device only; nothing is kept.</source>
        <translation>Comprobado solo en este dispositivo; no se guarda nada.</translation>
    </message>
    <message>
        <source>The verdict appears here: whether the presentation was made for your challenge, who issued each credential, and exactly what the learner disclosed.</source>
        <translation>Aquí aparece el resultado: si la presentación se hizo para tu desafío, quién emitió cada credencial y qué reveló exactamente la persona.</translation>
    </message>
    <message>
        <source>Presented by %1</source>
        <translation>Presentada por %1</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Emitida por %1</translation>
    </message>
    <message>
        <source>Disclosed by the holder</source>
        <translation>Revelado por el titular</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Lo que dice</translation>
    </message>
    <message>
        <source>Disclosed claims: %1</source>
        <translation>Afirmaciones reveladas: %1</translation>
    </message>
</context>
<context>
    <name>vitae</name>
    <message>
        <source>%1 is too large to search for a QR code.</source>
        <translation>%1 es demasiado grande para buscar en él un código QR.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a picture.</source>
        <translation>%1 no se puede leer como imagen.</translation>
    </message>
    <message>
        <source>The code could not be read whole, so Vitae starts reading it again.</source>
        <translation>No se pudo leer el código completo, así que Vitae vuelve a empezar a leerlo.</translation>
    </message>
    <message>
        <source>This picture is too large to search for a QR code.</source>
        <translation>Esta imagen es demasiado grande para buscar en ella un código QR.</translation>
    </message>
    <message>
        <source>The picture is empty or cannot be read.</source>
        <translation>La imagen está vacía o no se puede leer.</translation>
    </message>
    <message>
        <source>The camera gave an empty frame.</source>
        <translation>La cámara dio un fotograma vacío.</translation>
    </message>
    <message>
        <source>The camera&apos;s frames cannot be read.</source>
        <translation>No se pueden leer los fotogramas de la cámara.</translation>
    </message>
    <message>
        <source>The camera&apos;s picture format cannot be read for QR codes.</source>
        <translation>El formato de imagen de la cámara no se puede leer para códigos QR.</translation>
    </message>
    <message>
        <source>Fetching %1 was cancelled.</source>
        <translation>Se canceló la descarga de %1.</translation>
    </message>
    <message>
        <source>The server answered %1 for %2.</source>
        <translation>El servidor respondió %1 para %2.</translation>
    </message>
    <message>
        <source>There is nothing to use here: the text is empty.</source>
        <translation>Aquí no hay nada que usar: el texto está vacío.</translation>
    </message>
    <message>
        <source>This looks like JSON but cannot be read, so it was not used.</source>
        <translation>Parece JSON, pero no se puede leer, así que no se usó.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>La copia de seguridad %1 está dañada: %2</translation>
    </message>
    <message>
        <source>%1 is not a Vitae backup.</source>
        <translation>%1 no es una copia de seguridad de Vitae.</translation>
    </message>
    <message>
        <source>This backup was made by a newer Vitae (format %1); update Vitae to restore it.</source>
        <translation>Esta copia de seguridad se hizo con una versión más reciente de Vitae (formato %1); actualiza Vitae para restaurarla.</translation>
    </message>
    <message>
        <source>The backup keys could not be derived.</source>
        <translation>No se pudieron derivar las claves de la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup&apos;s contents are malformed: %1</source>
        <translation>El contenido de la copia de seguridad está mal formado: %1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>No se puede leer la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>The backup passphrase is not correct.</source>
        <translation>La frase de contraseña de la copia de seguridad no es correcta.</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was kept.</source>
        <translation>Se canceló la restauración; no se conservó nada.</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>Se canceló la copia de seguridad; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Unlock the vault to back it up.</source>
        <translation>Desbloquea la bóveda para hacer una copia de seguridad.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the backup.</source>
        <translation>Elige una frase de contraseña para la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup chunk size is out of range.</source>
        <translation>El tamaño de bloque de la copia de seguridad está fuera de rango.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written: %2</source>
        <translation>No se puede escribir la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>No se pudo escribir la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be saved: %2</source>
        <translation>No se pudo guardar la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 was written, but the vault could not note when: %2</source>
        <translation>La copia de seguridad %1 se escribió, pero la bóveda no pudo anotar cuándo: %2</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>No se pudo escribir la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The backup %1 is incomplete: it ends before its last part (it may have been cut short while being copied or saved).</source>
        <translation>La copia de seguridad %1 está incompleta: termina antes de su última parte (quizá se cortó al copiarla o guardarla).</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest is malformed: %1</source>
        <translation>El manifiesto de la copia de seguridad está mal formado: %1</translation>
    </message>
    <message>
        <source>This backup was made by a newer Vitae (contents version %1); update Vitae to restore it.</source>
        <translation>Esta copia de seguridad se hizo con una versión más reciente de Vitae (versión de contenido %1); actualiza Vitae para restaurarla.</translation>
    </message>
    <message>
        <source>An item in the vault is too large to back up (%1 MB).</source>
        <translation>Un elemento de la bóveda es demasiado grande para la copia de seguridad (%1 MB).</translation>
    </message>
    <message>
        <source>The folder %1 already holds a vault; a restore never touches an existing vault. Choose a new folder.</source>
        <translation>La carpeta %1 ya contiene una bóveda; una restauración nunca toca una bóveda existente. Elige una carpeta nueva.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new or empty folder for the restored vault.</source>
        <translation>La carpeta %1 no está vacía; elige una carpeta nueva o vacía para la bóveda restaurada.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the restored vault.</source>
        <translation>Elige una frase de contraseña para la bóveda restaurada.</translation>
    </message>
    <message>
        <source>This backup holds a vault from a newer Vitae (schema %1); update Vitae to restore it.</source>
        <translation>Esta copia de seguridad contiene una bóveda de una versión más reciente de Vitae (esquema %1); actualiza Vitae para restaurarla.</translation>
    </message>
    <message>
        <source>The folder %1 is no longer empty; nothing was restored.</source>
        <translation>La carpeta %1 ya no está vacía; no se restauró nada.</translation>
    </message>
    <message>
        <source>The restored vault could not be moved to %1.</source>
        <translation>No se pudo mover la bóveda restaurada a %1.</translation>
    </message>
    <message>
        <source>The date in &quot;%1&quot; cannot be read.</source>
        <translation>No se puede leer la fecha de «%1».</translation>
    </message>
    <message>
        <source>The credential is %1 MB; Vitae reads credentials up to %2 MB.</source>
        <translation>La credencial ocupa %1 MB; Vitae lee credenciales de hasta %2 MB.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>This is a presentation holding credentials, not a single credential.</source>
        <translation>Es una presentación que contiene credenciales, no una credencial individual.</translation>
    </message>
    <message>
        <source>This JSON is not a verifiable credential (it needs @context and the type VerifiableCredential).</source>
        <translation>Este JSON no es una credencial verificable (necesita @context y el tipo VerifiableCredential).</translation>
    </message>
    <message>
        <source>This is not a credential Vitae can read (not JSON, a JWT or an SD-JWT).</source>
        <translation>No es una credencial que Vitae pueda leer (ni JSON, ni JWT, ni SD-JWT).</translation>
    </message>
    <message>
        <source>This JWT does not hold a verifiable credential (no &quot;vc&quot; claim).</source>
        <translation>Este JWT no contiene una credencial verificable (no tiene la afirmación «vc»).</translation>
    </message>
    <message>
        <source>This Open Badge has no id or no badge.</source>
        <translation>Esta Open Badge no tiene id o no tiene badge.</translation>
    </message>
    <message>
        <source>This SD-JWT is not a credential (its type is &quot;%1&quot;, not dc+sd-jwt).</source>
        <translation>Este SD-JWT no es una credencial (su tipo es «%1», no dc+sd-jwt).</translation>
    </message>
    <message>
        <source>The SD-JWT credential lacks its issuer (iss) or type (vct).</source>
        <translation>A la credencial SD-JWT le falta su emisor (iss) o su tipo (vct).</translation>
    </message>
    <message>
        <source>The credential does not have the type VerifiableCredential.</source>
        <translation>La credencial no tiene el tipo VerifiableCredential.</translation>
    </message>
    <message>
        <source>The credential does not say who issued it.</source>
        <translation>La credencial no indica quién la emitió.</translation>
    </message>
    <message>
        <source>The credential has no credentialSubject.</source>
        <translation>La credencial no tiene credentialSubject.</translation>
    </message>
    <message>
        <source>The CLR holds more credentials than Vitae reads (%1).</source>
        <translation>El CLR contiene más credenciales de las que Vitae lee (%1).</translation>
    </message>
    <message>
        <source>A credential inside the CLR is not a JSON object.</source>
        <translation>Una credencial dentro del CLR no es un objeto JSON.</translation>
    </message>
    <message>
        <source>A credential inside the CLR: %1</source>
        <translation>Una credencial dentro del CLR: %1</translation>
    </message>
    <message>
        <source>The encrypted data is too short.</source>
        <translation>Los datos cifrados son demasiado cortos.</translation>
    </message>
    <message>
        <source>Decryption failed.</source>
        <translation>No se pudo descifrar.</translation>
    </message>
    <message>
        <source>An Ed25519 seed is 32 bytes.</source>
        <translation>Una semilla Ed25519 tiene 32 bytes.</translation>
    </message>
    <message>
        <source>The key derivation settings are weaker than Vitae allows (at least %1 passes and %2 MiB).</source>
        <translation>Los parámetros de derivación de clave son más débiles de lo que Vitae permite (al menos %1 pasadas y %2 MiB).</translation>
    </message>
    <message>
        <source>The key derivation settings ask for more than this machine should spend (at most %1 passes and %2 MiB).</source>
        <translation>Los parámetros de derivación de clave piden más de lo que este equipo debería gastar (como máximo %1 pasadas y %2 MiB).</translation>
    </message>
    <message>
        <source>The key derivation salt must be 16 bytes.</source>
        <translation>La sal de derivación de clave debe tener 16 bytes.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>No hay memoria suficiente para derivar la clave a partir de la frase de contraseña.</translation>
    </message>
    <message>
        <source>The DID document of %1 has no verification method %2.</source>
        <translation>El documento DID de %1 no tiene el método de verificación %2.</translation>
    </message>
    <message>
        <source>%1 is not authorised to issue credentials (assertionMethod).</source>
        <translation>%1 no está autorizado para emitir credenciales (assertionMethod).</translation>
    </message>
    <message>
        <source>The DID document for %1 has no &quot;id&quot;.</source>
        <translation>El documento DID de %1 no tiene «id».</translation>
    </message>
    <message>
        <source>The DID document for %1 describes a different DID (%2).</source>
        <translation>El documento DID de %1 describe otro DID (%2).</translation>
    </message>
    <message>
        <source>The key in %1 is not usable: %2</source>
        <translation>La clave de %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>Not a valid did:jwk: %1.</source>
        <translation>No es un did:jwk válido: %1.</translation>
    </message>
    <message>
        <source>Not a valid did:key: %1</source>
        <translation>No es un did:key válido: %1</translation>
    </message>
    <message>
        <source>Not a valid did:web: %1</source>
        <translation>No es un did:web válido: %1</translation>
    </message>
    <message>
        <source>The DID document of %1 could not be fetched: %2</source>
        <translation>No se pudo obtener el documento DID de %1: %2</translation>
    </message>
    <message>
        <source>The DID document of %1 at %2 is not valid JSON: %3</source>
        <translation>El documento DID de %1 en %2 no es un JSON válido: %3</translation>
    </message>
    <message>
        <source>The baked credential is larger than %1</source>
        <translation>La credencial incrustada supera %1</translation>
    </message>
    <message>
        <source>The %1 is larger than %2, the most Vitae reads</source>
        <translation>%1 supera %2, el máximo que lee Vitae</translation>
    </message>
    <message>
        <source>The baked credential is empty</source>
        <translation>La credencial incrustada está vacía</translation>
    </message>
    <message>
        <source>The baked credential is neither JSON, a signed token nor a web address</source>
        <translation>La credencial incrustada no es JSON, ni un token firmado, ni una dirección web</translation>
    </message>
    <message>
        <source>The compressed badge text could not be read</source>
        <translation>No se pudo leer el texto comprimido de la insignia</translation>
    </message>
    <message>
        <source>The compressed badge text in the PNG is damaged</source>
        <translation>El texto comprimido de la insignia en el PNG está dañado</translation>
    </message>
    <message>
        <source>The badge text chunk in the PNG is malformed</source>
        <translation>El bloque de texto de la insignia en el PNG está mal formado</translation>
    </message>
    <message>
        <source>This file is not a PNG image</source>
        <translation>Este archivo no es una imagen PNG</translation>
    </message>
    <message>
        <source>The PNG is damaged (it ends before its last chunk)</source>
        <translation>El PNG está dañado (termina antes de su último bloque)</translation>
    </message>
    <message>
        <source>The PNG is damaged (a chunk has an invalid type)</source>
        <translation>El PNG está dañado (un bloque tiene un tipo no válido)</translation>
    </message>
    <message>
        <source>The PNG is damaged (chunk %1 runs past the end of the file)</source>
        <translation>El PNG está dañado (el bloque %1 sobrepasa el final del archivo)</translation>
    </message>
    <message>
        <source>The PNG is damaged (chunk %1 fails its checksum)</source>
        <translation>El PNG está dañado (el bloque %1 no supera su suma de comprobación)</translation>
    </message>
    <message>
        <source>This PNG holds more than one baked badge</source>
        <translation>Este PNG contiene más de una insignia incrustada</translation>
    </message>
    <message>
        <source>This PNG has no badge baked into it</source>
        <translation>Este PNG no tiene ninguna insignia incrustada</translation>
    </message>
    <message>
        <source>The SVG is damaged (line %1: %2)</source>
        <translation>El SVG está dañado (línea %1: %2)</translation>
    </message>
    <message>
        <source>The SVG declares entities, which Vitae never loads</source>
        <translation>El SVG declara entidades, que Vitae nunca carga</translation>
    </message>
    <message>
        <source>This file is not an SVG image</source>
        <translation>Este archivo no es una imagen SVG</translation>
    </message>
    <message>
        <source>This SVG holds more than one baked badge</source>
        <translation>Este SVG contiene más de una insignia incrustada</translation>
    </message>
    <message>
        <source>The baked badge element in the SVG is malformed</source>
        <translation>El elemento de insignia incrustada del SVG está mal formado</translation>
    </message>
    <message>
        <source>This SVG has no badge baked into it</source>
        <translation>Este SVG no tiene ninguna insignia incrustada</translation>
    </message>
    <message>
        <source>This %1 does not hold credentials to collect.</source>
        <translation>Esto (%1) no contiene credenciales que obtener.</translation>
    </message>
    <message>
        <source>Collecting the credential was cancelled.</source>
        <translation>Se canceló la obtención de la credencial.</translation>
    </message>
    <message>
        <source>No network client was given to reach %1.</source>
        <translation>No se proporcionó ningún cliente de red para acceder a %1.</translation>
    </message>
    <message>
        <source>Vitae will not contact %1: %2</source>
        <translation>Vitae no contactará con %1: %2</translation>
    </message>
    <message>
        <source>Vitae could not get %1: %2</source>
        <translation>Vitae no pudo obtener %1: %2</translation>
    </message>
    <message>
        <source>The server refused %1 (%2)%3</source>
        <translation>El servidor rechazó %1 (%2)%3</translation>
    </message>
    <message>
        <source>The server answered %1 when asked for %2.</source>
        <translation>El servidor respondió %1 al pedirle %2.</translation>
    </message>
    <message>
        <source>The server sent %1 as &quot;%2&quot;, not as JSON.</source>
        <translation>El servidor envió %1 como «%2», no como JSON.</translation>
    </message>
    <message>
        <source>The server sent %1, but it is not a JSON object: %2</source>
        <translation>El servidor envió %1, pero no es un objeto JSON: %2</translation>
    </message>
    <message>
        <source>The credential offer does not say which credentials it offers (credential_configuration_ids).</source>
        <translation>La oferta de credencial no indica qué credenciales ofrece (credential_configuration_ids).</translation>
    </message>
    <message>
        <source>The credential offer lists more than %1 credentials.</source>
        <translation>La oferta de credencial incluye más de %1 credenciales.</translation>
    </message>
    <message>
        <source>The credential offer names a credential in a form Vitae does not know.</source>
        <translation>La oferta de credencial nombra una credencial en una forma que Vitae no conoce.</translation>
    </message>
    <message>
        <source>The credential offer&apos;s tx_code is not an object.</source>
        <translation>El tx_code de la oferta de credencial no es un objeto.</translation>
    </message>
    <message>
        <source>The credential offer&apos;s transaction code length is not a sensible number.</source>
        <translation>La longitud del código de transacción de la oferta no es un número razonable.</translation>
    </message>
    <message>
        <source>The credential offer asks for a transaction code of an unknown kind (%1).</source>
        <translation>La oferta de credencial pide un código de transacción de un tipo desconocido (%1).</translation>
    </message>
    <message>
        <source>The credential offer is not valid JSON: %1</source>
        <translation>La oferta de credencial no es un JSON válido: %1</translation>
    </message>
    <message>
        <source>The credential offer does not say which issuer it is from (credential_issuer).</source>
        <translation>La oferta de credencial no indica de qué emisor procede (credential_issuer).</translation>
    </message>
    <message>
        <source>The credential offer&apos;s issuer cannot be used: %1</source>
        <translation>No se puede usar el emisor de la oferta de credencial: %1</translation>
    </message>
    <message>
        <source>The credential offer&apos;s issuer address has a query or fragment, which issuers may not have.</source>
        <translation>La dirección del emisor de la oferta tiene una consulta o un fragmento, algo que los emisores no pueden tener.</translation>
    </message>
    <message>
        <source>The credential offer&apos;s grants are not an object.</source>
        <translation>Las concesiones (grants) de la oferta de credencial no son un objeto.</translation>
    </message>
    <message>
        <source>This offer can only be used by signing in at the issuer, which Vitae cannot do yet (it has no pre-authorized code).</source>
        <translation>Esta oferta solo se puede usar iniciando sesión con el emisor, algo que Vitae aún no sabe hacer (no tiene código preautorizado).</translation>
    </message>
    <message>
        <source>The credential offer&apos;s pre-authorized grant has no code.</source>
        <translation>La concesión preautorizada de la oferta no tiene código.</translation>
    </message>
    <message>
        <source>The credential offer&apos;s authorization server cannot be used: %1</source>
        <translation>No se puede usar el servidor de autorización de la oferta: %1</translation>
    </message>
    <message>
        <source>No network client was given to collect the offer.</source>
        <translation>No se proporcionó ningún cliente de red para obtener la oferta.</translation>
    </message>
    <message>
        <source>This link is damaged and cannot be read (%1).</source>
        <translation>Este enlace está dañado y no se puede leer (%1).</translation>
    </message>
    <message>
        <source>The %1 does not lead to a web address.</source>
        <translation>No lleva a una dirección web: %1.</translation>
    </message>
    <message>
        <source>This presentation link holds no presentation (no p).</source>
        <translation>Este enlace de presentación no contiene ninguna presentación (no tiene p).</translation>
    </message>
    <message>
        <source>This presentation link does not hold a Vitae presentation.</source>
        <translation>Este enlace de presentación no contiene una presentación de Vitae.</translation>
    </message>
    <message>
        <source>issuer link</source>
        <translation>enlace de emisor</translation>
    </message>
    <message>
        <source>credential offer</source>
        <translation>oferta de credencial</translation>
    </message>
    <message>
        <source>credential request</source>
        <translation>solicitud de credencial</translation>
    </message>
    <message>
        <source>import link</source>
        <translation>enlace de importación</translation>
    </message>
    <message>
        <source>presentation request</source>
        <translation>solicitud de presentación</translation>
    </message>
    <message>
        <source>Vitae presentation</source>
        <translation>presentación de Vitae</translation>
    </message>
    <message>
        <source>VPQR presentation</source>
        <translation>presentación VPQR</translation>
    </message>
    <message>
        <source>credential</source>
        <translation>credencial</translation>
    </message>
    <message>
        <source>This link is too long (%1 KB; at most %2 KB).</source>
        <translation>Este enlace es demasiado largo (%1 KB; como máximo %2 KB).</translation>
    </message>
    <message>
        <source>There is no link here: the text is empty.</source>
        <translation>Aquí no hay ningún enlace: el texto está vacío.</translation>
    </message>
    <message>
        <source>This is not a link, a credential or a presentation Vitae can read.</source>
        <translation>No es un enlace, una credencial ni una presentación que Vitae pueda leer.</translation>
    </message>
    <message>
        <source>This credential offer link has both credential_offer and credential_offer_uri; it must have one.</source>
        <translation>Este enlace de oferta de credencial tiene credential_offer y credential_offer_uri a la vez; debe tener solo uno.</translation>
    </message>
    <message>
        <source>This credential offer link has neither credential_offer nor credential_offer_uri.</source>
        <translation>Este enlace de oferta de credencial no tiene credential_offer ni credential_offer_uri.</translation>
    </message>
    <message>
        <source>Vitae does not know the link &quot;vitae://%1&quot;; it knows vitae://import and vitae://present.</source>
        <translation>Vitae no conoce el enlace «vitae://%1»; conoce vitae://import y vitae://present.</translation>
    </message>
    <message>
        <source>This import link does not say where to import from (no url).</source>
        <translation>Este enlace de importación no indica desde dónde importar (no tiene url).</translation>
    </message>
    <message>
        <source>Vitae does not know links starting with &quot;%1:&quot;.</source>
        <translation>Vitae no conoce los enlaces que empiezan por «%1:».</translation>
    </message>
    <message>
        <source>This credential was issued to someone else (%1), not to you.</source>
        <translation>Esta credencial se emitió a otra persona (%1), no a ti.</translation>
    </message>
    <message>
        <source>This credential does not say who it was issued to, so it cannot be tied to you.</source>
        <translation>Esta credencial no indica a quién se emitió, así que no se puede vincular a ti.</translation>
    </message>
    <message>
        <source>The key this credential is bound to cannot be read: %1</source>
        <translation>No se puede leer la clave a la que está vinculada esta credencial: %1</translation>
    </message>
    <message>
        <source>The issuer sent a credential Vitae cannot read: %1</source>
        <translation>El emisor envió una credencial que Vitae no puede leer: %1</translation>
    </message>
    <message>
        <source>%1 is a presentation with no credentials in it.</source>
        <translation>%1 es una presentación sin credenciales.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 credentials.</source>
        <translation>%1 contiene más de %2 credenciales.</translation>
    </message>
    <message>
        <source>%1, credential %2 of %3</source>
        <translation>%1, credencial %2 de %3</translation>
    </message>
    <message>
        <source>%1 is not a credential.</source>
        <translation>%1 no es una credencial.</translation>
    </message>
    <message>
        <source>%1 holds neither a baked badge nor a QR code Vitae can read.</source>
        <translation>%1 no contiene una insignia incrustada ni un código QR que Vitae pueda leer.</translation>
    </message>
    <message>
        <source>%1 (QR code)</source>
        <translation>%1 (código QR)</translation>
    </message>
    <message>
        <source>%1: the QR code holds no credential: %2</source>
        <translation>%1: el código QR no contiene ninguna credencial: %2</translation>
    </message>
    <message>
        <source>%1 holds an image, not a credential.</source>
        <translation>%1 contiene una imagen, no una credencial.</translation>
    </message>
    <message>
        <source>%1 holds a %2 (%3): open it as a link instead.</source>
        <translation>%1 contiene esto: %2 (%3); ábrelo como enlace.</translation>
    </message>
    <message>
        <source>%1 holds only a link to its badge (%2); add it from that link instead.</source>
        <translation>%1 solo contiene un enlace a su insignia (%2); añádela desde ese enlace.</translation>
    </message>
    <message>
        <source>%1 is a wallet backup with no credentials in it.</source>
        <translation>%1 es una copia de seguridad de cartera sin credenciales.</translation>
    </message>
    <message>
        <source>%1: the evidence file &quot;%2&quot; is damaged (not base64). Nothing was imported.</source>
        <translation>%1: el archivo de prueba «%2» está dañado (no es base64). No se importó nada.</translation>
    </message>
    <message>
        <source>%1: the evidence file &quot;%2&quot; is larger than %3 MB.</source>
        <translation>%1: el archivo de prueba «%2» supera los %3 MB.</translation>
    </message>
    <message>
        <source>%1: the evidence file &quot;%2&quot; does not match the digest the portfolio gives for it, so it was changed after the portfolio was made. Nothing was imported.</source>
        <translation>%1: el archivo de prueba «%2» no coincide con el resumen que el portafolio da para él, así que se modificó después de crear el portafolio. No se importó nada.</translation>
    </message>
    <message>
        <source>%1 is a portfolio with no credentials in it.</source>
        <translation>%1 es un portafolio sin credenciales.</translation>
    </message>
    <message>
        <source>%1 holds no Vitae portfolio.</source>
        <translation>%1 no contiene ningún portafolio de Vitae.</translation>
    </message>
    <message>
        <source>This credential is already in the vault (number %1).</source>
        <translation>Esta credencial ya está en la bóveda (número %1).</translation>
    </message>
    <message>
        <source>%1 answered with a web page (text/html), not a credential.</source>
        <translation>%1 respondió con una página web (text/html), no con una credencial.</translation>
    </message>
    <message>
        <source>%1 answered with %2, not a credential.</source>
        <translation>%1 respondió con %2, no con una credencial.</translation>
    </message>
    <message>
        <source>%1 answered with nothing.</source>
        <translation>%1 no respondió nada.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata has no %1.</source>
        <translation>Los metadatos del emisor no tienen %1.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata describes another issuer (%1) than the offer (%2).</source>
        <translation>Los metadatos del emisor describen otro emisor (%1) distinto del de la oferta (%2).</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata describes too many credentials.</source>
        <translation>Los metadatos del emisor describen demasiadas credenciales.</translation>
    </message>
    <message>
        <source>Untitled profile</source>
        <translation>Perfil sin título</translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot;, credential %3 of %4</source>
        <translation>%1, perfil «%2», credencial %3 de %4</translation>
    </message>
    <message>
        <source>%1 is not a Learner Credential Wallet backup.</source>
        <translation>%1 no es una copia de seguridad de Learner Credential Wallet.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 profiles.</source>
        <translation>%1 contiene más de %2 perfiles.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 items in one profile.</source>
        <translation>%1 contiene más de %2 elementos en un perfil.</translation>
    </message>
    <message>
        <source>No transaction code was entered, so nothing was collected.</source>
        <translation>No se introdujo ningún código de transacción, así que no se obtuvo nada.</translation>
    </message>
    <message>
        <source>This credential offer needs the transaction code the issuer sent you%1.</source>
        <translation>Esta oferta de credencial necesita el código de transacción que te envió el emisor%1.</translation>
    </message>
    <message>
        <source>The issuer did not accept the transaction code (or the offer has expired or was used already).</source>
        <translation>El emisor no aceptó el código de transacción (o la oferta ha caducado o ya se usó).</translation>
    </message>
    <message>
        <source>The issuer&apos;s token answer has no access token.</source>
        <translation>La respuesta de token del emisor no contiene token de acceso.</translation>
    </message>
    <message>
        <source>The issuer&apos;s nonce answer has no c_nonce.</source>
        <translation>La respuesta de nonce del emisor no contiene c_nonce.</translation>
    </message>
    <message>
        <source>The issuer will issue this credential later (deferred issuance), which Vitae cannot collect yet.</source>
        <translation>El emisor emitirá esta credencial más tarde (emisión diferida), algo que Vitae aún no puede obtener.</translation>
    </message>
    <message>
        <source>The issuer&apos;s answer holds no credential.</source>
        <translation>La respuesta del emisor no contiene ninguna credencial.</translation>
    </message>
    <message>
        <source>The issuer sent more than %1 credentials at once.</source>
        <translation>El emisor envió más de %1 credenciales a la vez.</translation>
    </message>
    <message>
        <source>The issuer sent a credential in a form Vitae does not know.</source>
        <translation>El emisor envió una credencial en una forma que Vitae no conoce.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata does not describe the offered credential &quot;%1&quot;.</source>
        <translation>Los metadatos del emisor no describen la credencial ofrecida «%1».</translation>
    </message>
    <message>
        <source>The offered credential &quot;%1&quot; comes in a format Vitae cannot take yet (%2).</source>
        <translation>La credencial ofrecida «%1» viene en un formato que Vitae aún no admite (%2).</translation>
    </message>
    <message>
        <source>The issuer kept refusing Vitae&apos;s proof that it holds your key (invalid_nonce), even with a fresh nonce; try again later.</source>
        <translation>El emisor siguió rechazando la prueba de Vitae de que tiene tu clave (invalid_nonce), incluso con un nonce nuevo; inténtalo más tarde.</translation>
    </message>
    <message>
        <source>Collecting from a credential offer needs the holder&apos;s key (unlock the vault).</source>
        <translation>Obtener credenciales de una oferta requiere la clave del titular (desbloquea la bóveda).</translation>
    </message>
    <message>
        <source>The credential exchange ended without giving you any credential.</source>
        <translation>El intercambio de credenciales terminó sin darte ninguna credencial.</translation>
    </message>
    <message>
        <source>The issuer asks for credentials from your vault before issuing, which Vitae cannot answer yet.</source>
        <translation>El emisor pide credenciales de tu bóveda antes de emitir, algo a lo que Vitae aún no puede responder.</translation>
    </message>
    <message>
        <source>The issuer&apos;s request to prove who you are has no challenge.</source>
        <translation>La solicitud del emisor para demostrar quién eres no tiene desafío.</translation>
    </message>
    <message>
        <source>The credential exchange kept asking without giving a credential; Vitae stopped.</source>
        <translation>El intercambio de credenciales siguió pidiendo sin dar ninguna credencial; Vitae se detuvo.</translation>
    </message>
    <message>
        <source>This request link needs you to sign in at the issuer first, which Vitae cannot do yet.</source>
        <translation>Este enlace de solicitud requiere que inicies sesión con el emisor primero, algo que Vitae aún no sabe hacer.</translation>
    </message>
    <message>
        <source>This credential request link says neither where to ask (vc_request_url) nor how (request).</source>
        <translation>Este enlace de solicitud de credencial no indica dónde pedir (vc_request_url) ni cómo (request).</translation>
    </message>
    <message>
        <source>This credential request link has no challenge.</source>
        <translation>Este enlace de solicitud de credencial no tiene desafío.</translation>
    </message>
    <message>
        <source>Answering a credential request needs the holder&apos;s key (unlock the vault).</source>
        <translation>Responder a una solicitud de credencial requiere la clave del titular (desbloquea la bóveda).</translation>
    </message>
    <message>
        <source>This credential request link is damaged: %1</source>
        <translation>Este enlace de solicitud de credencial está dañado: %1</translation>
    </message>
    <message>
        <source>This credential request offers no exchange Vitae can use (protocols.vcapi).</source>
        <translation>Esta solicitud de credencial no ofrece ningún intercambio que Vitae pueda usar (protocols.vcapi).</translation>
    </message>
    <message>
        <source>The token cannot be verified: %1.</source>
        <translation>No se puede verificar el token: %1.</translation>
    </message>
    <message>
        <source>The token is larger than the %1 limit.</source>
        <translation>El token supera el límite de %1.</translation>
    </message>
    <message>
        <source>The token does not have three parts separated by dots.</source>
        <translation>El token no tiene tres partes separadas por puntos.</translation>
    </message>
    <message>
        <source>The token&apos;s header is larger than the %1 limit.</source>
        <translation>La cabecera del token supera el límite de %1.</translation>
    </message>
    <message>
        <source>The token&apos;s header is not valid base64url.</source>
        <translation>La cabecera del token no es base64url válido.</translation>
    </message>
    <message>
        <source>The token&apos;s header is not a JSON object (%1).</source>
        <translation>La cabecera del token no es un objeto JSON (%1).</translation>
    </message>
    <message>
        <source>The token&apos;s header does not name its algorithm (a string &quot;alg&quot;).</source>
        <translation>La cabecera del token no indica su algoritmo (una cadena «alg»).</translation>
    </message>
    <message>
        <source>The token&apos;s header lists critical extensions (&quot;crit&quot;), which are not supported.</source>
        <translation>La cabecera del token enumera extensiones críticas («crit»), que no se admiten.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not valid base64url.</source>
        <translation>La carga útil del token no es base64url válido.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not a JSON object (%1).</source>
        <translation>La carga útil del token no es un objeto JSON (%1).</translation>
    </message>
    <message>
        <source>The token&apos;s signature is not valid base64url.</source>
        <translation>La firma del token no es base64url válido.</translation>
    </message>
    <message>
        <source>The public key is not usable: %1.</source>
        <translation>La clave pública no se puede usar: %1.</translation>
    </message>
    <message>
        <source>The public key is not usable: curve &quot;%1&quot; is not supported.</source>
        <translation>La clave pública no se puede usar: la curva «%1» no se admite.</translation>
    </message>
    <message>
        <source>The public key is not usable: key type &quot;%1&quot; is not supported.</source>
        <translation>La clave pública no se puede usar: el tipo de clave «%1» no se admite.</translation>
    </message>
    <message>
        <source>The SD-JWT is not valid: %1.</source>
        <translation>El SD-JWT no es válido: %1.</translation>
    </message>
    <message>
        <source>The SD-JWT nests its claims more than %1 levels deep.</source>
        <translation>El SD-JWT anida sus afirmaciones a más de %1 niveles de profundidad.</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>%1 is not valid base64url</source>
        <translation>%1 no es base64url válido</translation>
    </message>
    <message>
        <source>The SD-JWT is not valid: %1 is not JSON (%2).</source>
        <translation>El SD-JWT no es válido: %1 no es JSON (%2).</translation>
    </message>
    <message>
        <source>%1 is not a JSON array</source>
        <translation>%1 no es una matriz JSON</translation>
    </message>
    <message>
        <source>%1 has %2 elements, but a disclosure has 2 or 3</source>
        <translation>%1 tiene %2 elementos, pero una revelación tiene 2 o 3</translation>
    </message>
    <message>
        <source>In the %1: %2</source>
        <translation>En %1: %2</translation>
    </message>
    <message>
        <source>The SD-JWT is larger than the limit of %1 bytes.</source>
        <translation>El SD-JWT supera el límite de %1 bytes.</translation>
    </message>
    <message>
        <source>The SD-JWT has %1 disclosures, more than the limit of %2.</source>
        <translation>El SD-JWT tiene %1 revelaciones, más del límite de %2.</translation>
    </message>
    <message>
        <source>Cannot canonicalize JSON: %1</source>
        <translation>No se puede canonicalizar el JSON: %1</translation>
    </message>
    <message>
        <source>NaN and Infinity have no JSON form</source>
        <translation>NaN e Infinity no tienen forma JSON</translation>
    </message>
    <message>
        <source>Cannot canonicalize JSON nested deeper than %1 levels</source>
        <translation>No se puede canonicalizar un JSON anidado a más de %1 niveles</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at byte %2</source>
        <translation>JSON no válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>JSON input is %1 bytes, more than the limit of %2 bytes</source>
        <translation>La entrada JSON ocupa %1 bytes, más del límite de %2 bytes</translation>
    </message>
    <message>
        <source>Not valid JSON here: expected an object at the top level, found %1</source>
        <translation>JSON no válido aquí: se esperaba un objeto en el nivel superior y se encontró %1</translation>
    </message>
    <message>
        <source>Not valid JSON: nested deeper than %1 levels at byte %2</source>
        <translation>JSON no válido: anidado a más de %1 niveles en el byte %2</translation>
    </message>
    <message>
        <source>The context %1 is not valid JSON: %2</source>
        <translation>El contexto %1 no es un JSON válido: %2</translation>
    </message>
    <message>
        <source>Nothing is set up to provide %1.</source>
        <translation>No hay nada configurado para proporcionar %1.</translation>
    </message>
    <message>
        <source>No local file is set up for %1.</source>
        <translation>No hay ningún archivo local configurado para %1.</translation>
    </message>
    <message>
        <source>Could not read %1 (standing in for %2): %3</source>
        <translation>No se pudo leer %1 (en lugar de %2): %3</translation>
    </message>
    <message>
        <source>%1 (standing in for %2) is larger than %3 MB.</source>
        <translation>%1 (en lugar de %2) supera los %3 MB.</translation>
    </message>
    <message>
        <source>HttpResolver does not send %1 requests.</source>
        <translation>HttpResolver no envía solicitudes %1.</translation>
    </message>
    <message>
        <source>%1 is not a web address.</source>
        <translation>%1 no es una dirección web.</translation>
    </message>
    <message>
        <source>%1 was not fetched because it does not use a secure (https) connection.</source>
        <translation>No se descargó %1 porque no usa una conexión segura (https).</translation>
    </message>
    <message>
        <source>%1 was not fetched: only https addresses can be fetched.</source>
        <translation>No se descargó %1: solo se pueden descargar direcciones https.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 no respondió en %2 segundos.</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 bytes Vitae accepts.</source>
        <translation>%1 supera los %2 bytes que Vitae acepta.</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer (%1) for %2.</source>
        <translation>El servidor dio una respuesta inesperada (%1) para %2.</translation>
    </message>
    <message>
        <source>The server answered %1 for %2 but did not say where to go.</source>
        <translation>El servidor respondió %1 para %2, pero no indicó adónde ir.</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times; Vitae stopped following it.</source>
        <translation>%1 redirigió más de %2 veces; Vitae dejó de seguirlo.</translation>
    </message>
    <message>
        <source>%1 redirected to an address Vitae does not fetch: %2</source>
        <translation>%1 redirigió a una dirección que Vitae no descarga: %2</translation>
    </message>
    <message>
        <source>The server of %1 could not be found (are you offline?).</source>
        <translation>No se encontró el servidor de %1 (¿estás sin conexión?).</translation>
    </message>
    <message>
        <source>The server of %1 refused the connection.</source>
        <translation>El servidor de %1 rechazó la conexión.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2</source>
        <translation>No se pudo establecer una conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>No se pudo descargar %1: %2</translation>
    </message>
    <message>
        <source>This file is not a PDF Vitae can read: %1</source>
        <translation>Este archivo no es un PDF que Vitae pueda leer: %1</translation>
    </message>
    <message>
        <source>This PDF is password-protected; Vitae cannot read its attachment.</source>
        <translation>Este PDF está protegido con contraseña; Vitae no puede leer su adjunto.</translation>
    </message>
    <message>
        <source>This PDF does not carry a Vitae portfolio (no %1 attachment).</source>
        <translation>Este PDF no lleva un portafolio de Vitae (no tiene el adjunto %1).</translation>
    </message>
    <message>
        <source>The PDF names a Vitae portfolio attachment but holds no data for it.</source>
        <translation>El PDF nombra un adjunto de portafolio de Vitae, pero no contiene sus datos.</translation>
    </message>
    <message>
        <source>The portfolio attached to this PDF is larger than %1 MB, the most Vitae reads.</source>
        <translation>El portafolio adjunto a este PDF supera los %1 MB, el máximo que lee Vitae.</translation>
    </message>
    <message>
        <source>The portfolio attached to this PDF is damaged or uses an encoding Vitae cannot read.</source>
        <translation>El portafolio adjunto a este PDF está dañado o usa una codificación que Vitae no puede leer.</translation>
    </message>
    <message>
        <source>This PDF needs more memory than is available.</source>
        <translation>Este PDF necesita más memoria de la disponible.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Choose at least one credential to export.</source>
        <translation>Elige al menos una credencial para exportar.</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; belongs to no exported credential.</source>
        <translation>La prueba «%1» no pertenece a ninguna credencial exportada.</translation>
    </message>
    <message>
        <source>Offline: %1 was not fetched.</source>
        <translation>Sin conexión: no se descargó %1.</translation>
    </message>
    <message>
        <source>The bundle is not signed by the learner.</source>
        <translation>El paquete no está firmado por la persona titular.</translation>
    </message>
    <message>
        <source>The bundle names %1 as its learner but was signed by %2.</source>
        <translation>El paquete nombra a %1 como titular, pero lo firmó %2.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature uses a suite Vitae cannot check.</source>
        <translation>La firma del paquete usa un conjunto criptográfico que Vitae no puede comprobar.</translation>
    </message>
    <message>
        <source>The bundle was changed after the learner signed it: %1</source>
        <translation>El paquete se modificó después de que la persona titular lo firmara: %1</translation>
    </message>
    <message>
        <source>Signed by the learner, %1, on %2.</source>
        <translation>Firmado por la persona titular, %1, el %2.</translation>
    </message>
    <message>
        <source>Evidence files were changed: %1.</source>
        <translation>Se modificaron archivos de prueba: %1.</translation>
    </message>
    <message>
        <source>%1 evidence file(s), each unchanged.</source>
        <translation>%1 archivo(s) de prueba, todos sin cambios.</translation>
    </message>
    <message>
        <source>%1 was not saved with the bundle, and Vitae is checking offline.</source>
        <translation>%1 no se guardó con el paquete y Vitae está comprobando sin conexión.</translation>
    </message>
    <message>
        <source>A snapshot in the bundle has no valid address.</source>
        <translation>Una instantánea del paquete no tiene una dirección válida.</translation>
    </message>
    <message>
        <source>The bundle needed nothing from the network.</source>
        <translation>El paquete no necesitó nada de la red.</translation>
    </message>
    <message>
        <source>%1 document(s) the checks need were saved with the bundle (the oldest on %2); status is as of then when offline.</source>
        <translation>%1 documento(s) que necesitan las comprobaciones se guardaron con el paquete (el más antiguo el %2); sin conexión, el estado es el de entonces.</translation>
    </message>
    <message>
        <source>This is not a Vitae portfolio bundle.</source>
        <translation>No es un paquete de portafolio de Vitae.</translation>
    </message>
    <message>
        <source>This bundle is not valid JSON: %1</source>
        <translation>Este paquete no es un JSON válido: %1</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Vitae (format %1); update Vitae to check it.</source>
        <translation>Este paquete se hizo con una versión más reciente de Vitae (formato %1); actualiza Vitae para comprobarlo.</translation>
    </message>
    <message>
        <source>This bundle&apos;s format version is not valid.</source>
        <translation>La versión de formato de este paquete no es válida.</translation>
    </message>
    <message>
        <source>A Vitae portfolio bundle of %1 credential(s).</source>
        <translation>Un paquete de portafolio de Vitae con %1 credencial(es).</translation>
    </message>
    <message>
        <source>Write what you can say about this work.</source>
        <translation>Escribe lo que puedes decir de este trabajo.</translation>
    </message>
    <message>
        <source>This credential has no id, so an endorsement could not point to it.</source>
        <translation>Esta credencial no tiene id, así que un aval no podría remitir a ella.</translation>
    </message>
    <message>
        <source>You cannot endorse your own entry.</source>
        <translation>No puedes avalar tu propia entrada.</translation>
    </message>
    <message>
        <source>Endorsement of %1</source>
        <translation>Aval de %1</translation>
    </message>
    <message>
        <source>Say what your role was.</source>
        <translation>Indica cuál era tu puesto.</translation>
    </message>
    <message>
        <source>Say when it started.</source>
        <translation>Indica cuándo empezó.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la de inicio.</translation>
    </message>
    <message>
        <source>A trust-list entry in the bundle has no issuer or no retrieval time.</source>
        <translation>Una entrada de lista de confianza del paquete no tiene emisor o fecha de obtención.</translation>
    </message>
    <message>
        <source>%1 (the learner&apos;s copy saved with the bundle, retrieved %2)</source>
        <translation>%1 (la copia de la persona titular guardada con el paquete, obtenida el %2)</translation>
    </message>
    <message>
        <source>The verifier&apos;s request is malformed: %1.</source>
        <translation>La solicitud del verificador está mal formada: %1.</translation>
    </message>
    <message>
        <source>You hold no credential that answers this request: it asks for %1.</source>
        <translation>No tienes ninguna credencial que responda a esta solicitud: pide %1.</translation>
    </message>
    <message>
        <source>These credentials belong to two of your identities (%1 and %2); present them separately.</source>
        <translation>Estas credenciales pertenecen a dos de tus identidades (%1 y %2); preséntalas por separado.</translation>
    </message>
    <message>
        <source>The holder uses %1, a kind of identifier Vitae cannot check.</source>
        <translation>El titular usa %1, un tipo de identificador que Vitae no puede comprobar.</translation>
    </message>
    <message>
        <source>The credential is not bound to a key, so anyone holding a copy could present it.</source>
        <translation>La credencial no está vinculada a una clave, así que cualquiera que tenga una copia podría presentarla.</translation>
    </message>
    <message>
        <source>Without a key binding the presentation cannot answer your challenge; it could be a replay.</source>
        <translation>Sin vinculación de clave, la presentación no puede responder a tu desafío; podría ser una repetición.</translation>
    </message>
    <message>
        <source>The credential is bound to its holder&apos;s key, but the presentation carries no key binding proof.</source>
        <translation>La credencial está vinculada a la clave de su titular, pero la presentación no lleva prueba de vinculación de clave.</translation>
    </message>
    <message>
        <source>The key binding proof is not of type kb+jwt.</source>
        <translation>La prueba de vinculación de clave no es del tipo kb+jwt.</translation>
    </message>
    <message>
        <source>The key binding proof was not signed by the credential&apos;s holder: %1</source>
        <translation>La prueba de vinculación de clave no la firmó el titular de la credencial: %1</translation>
    </message>
    <message>
        <source>The key binding proof covers other disclosures than the ones presented (sd_hash does not match).</source>
        <translation>La prueba de vinculación de clave cubre revelaciones distintas de las presentadas (sd_hash no coincide).</translation>
    </message>
    <message>
        <source>The holder&apos;s key signed this presentation.</source>
        <translation>La clave del titular firmó esta presentación.</translation>
    </message>
    <message>
        <source>This presentation answers another challenge than yours: it may be a replay.</source>
        <translation>Esta presentación responde a otro desafío distinto del tuyo: podría ser una repetición.</translation>
    </message>
    <message>
        <source>The presentation answers your challenge.</source>
        <translation>La presentación responde a tu desafío.</translation>
    </message>
    <message>
        <source>This presentation was made for another verifier (%1).</source>
        <translation>Esta presentación se hizo para otro verificador (%1).</translation>
    </message>
    <message>
        <source>The presentation was made for you.</source>
        <translation>La presentación se hizo para ti.</translation>
    </message>
    <message>
        <source>The presentation&apos;s time of signing is missing or in the future.</source>
        <translation>Falta la hora de firma de la presentación o está en el futuro.</translation>
    </message>
    <message>
        <source>The presentation expired on %1.</source>
        <translation>La presentación caducó el %1.</translation>
    </message>
    <message>
        <source>The presentation is valid until %1.</source>
        <translation>La presentación es válida hasta el %1.</translation>
    </message>
    <message>
        <source>The presentation was signed at %1.</source>
        <translation>La presentación se firmó el %1.</translation>
    </message>
    <message>
        <source>The request was signed by a key that does not belong to %1.</source>
        <translation>La solicitud se firmó con una clave que no pertenece a %1.</translation>
    </message>
    <message>
        <source>The verifier&apos;s identity could not be checked: %1</source>
        <translation>No se pudo comprobar la identidad del verificador: %1</translation>
    </message>
    <message>
        <source>The request&apos;s signature is not valid: %1</source>
        <translation>La firma de la solicitud no es válida: %1</translation>
    </message>
    <message>
        <source>The request is signed by %1.</source>
        <translation>La solicitud está firmada por %1.</translation>
    </message>
    <message>
        <source>The request is not signed, yet its verifier claims an identity that must sign.</source>
        <translation>La solicitud no está firmada, pero su verificador declara una identidad que debe firmar.</translation>
    </message>
    <message>
        <source>The request is not signed; it answers to %1.</source>
        <translation>La solicitud no está firmada; responde a %1.</translation>
    </message>
    <message>
        <source>The request is signed, but Vitae cannot check a verifier identified by &quot;%1&quot;.</source>
        <translation>La solicitud está firmada, pero Vitae no puede comprobar un verificador identificado por «%1».</translation>
    </message>
    <message>
        <source>The verifier did not give its request (HTTP %1).</source>
        <translation>El verificador no entregó su solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>The verifier&apos;s request object is not a valid JWT: %1</source>
        <translation>El objeto de solicitud del verificador no es un JWT válido: %1</translation>
    </message>
    <message>
        <source>The request object names another verifier than the link does.</source>
        <translation>El objeto de solicitud nombra a un verificador distinto del que indica el enlace.</translation>
    </message>
    <message>
        <source>This is not a presentation request.</source>
        <translation>No es una solicitud de presentación.</translation>
    </message>
    <message>
        <source>A request passed in the link itself must come from a redirect_uri: verifier.</source>
        <translation>Una solicitud incluida en el propio enlace debe venir de un verificador redirect_uri:.</translation>
    </message>
    <message>
        <source>The verifier&apos;s request lacks its client_id or nonce.</source>
        <translation>A la solicitud del verificador le falta su client_id o su nonce.</translation>
    </message>
    <message>
        <source>The verifier asks for &quot;%1&quot;; Vitae answers vp_token requests.</source>
        <translation>El verificador pide «%1»; Vitae responde a solicitudes vp_token.</translation>
    </message>
    <message>
        <source>The verifier wants the answer by &quot;%1&quot;; Vitae answers with direct_post.</source>
        <translation>El verificador quiere la respuesta mediante «%1»; Vitae responde con direct_post.</translation>
    </message>
    <message>
        <source>The request would send your answer somewhere other than the verifier it names.</source>
        <translation>La solicitud enviaría tu respuesta a un lugar distinto del verificador que nombra.</translation>
    </message>
    <message>
        <source>The verifier asks with a Presentation Exchange definition; Vitae answers requests written in DCQL.</source>
        <translation>El verificador pregunta con una definición de Presentation Exchange; Vitae responde a solicitudes escritas en DCQL.</translation>
    </message>
    <message>
        <source>The verifier&apos;s request says nothing about what it wants (no dcql_query).</source>
        <translation>La solicitud del verificador no dice nada de lo que quiere (no tiene dcql_query).</translation>
    </message>
    <message>
        <source>A match points at no credential.</source>
        <translation>Una coincidencia no apunta a ninguna credencial.</translation>
    </message>
    <message>
        <source>The verifier refused the presentation (HTTP %1%2).</source>
        <translation>El verificador rechazó la presentación (HTTP %1%2).</translation>
    </message>
    <message>
        <source>VC 1.1 credentials and JWT credentials cannot go in one presentation; present them separately.</source>
        <translation>Las credenciales VC 1.1 y las credenciales JWT no pueden ir en una misma presentación; preséntalas por separado.</translation>
    </message>
    <message>
        <source>The presentation could not be signed: %1</source>
        <translation>No se pudo firmar la presentación: %1</translation>
    </message>
    <message>
        <source>Choose at least one credential to present.</source>
        <translation>Elige al menos una credencial para presentar.</translation>
    </message>
    <message>
        <source>A presentation needs the verifier&apos;s challenge, so it cannot be replayed.</source>
        <translation>Una presentación necesita el desafío del verificador, para que no pueda reutilizarse.</translation>
    </message>
    <message>
        <source>An enveloped credential&apos;s id is not a data: URL.</source>
        <translation>El id de una credencial envuelta no es una URL data:.</translation>
    </message>
    <message>
        <source>The presentation holds more than %1 credentials.</source>
        <translation>La presentación contiene más de %1 credenciales.</translation>
    </message>
    <message>
        <source>An entry of the presentation is not a credential.</source>
        <translation>Una entrada de la presentación no es una credencial.</translation>
    </message>
    <message>
        <source>The presentation is not signed by its holder.</source>
        <translation>La presentación no está firmada por su titular.</translation>
    </message>
    <message>
        <source>The presentation carries more than one proof; Vitae expects one.</source>
        <translation>La presentación lleva más de una prueba; Vitae espera una.</translation>
    </message>
    <message>
        <source>The presentation names %1 as its holder but was signed by %2.</source>
        <translation>La presentación nombra a %1 como titular, pero la firmó %2.</translation>
    </message>
    <message>
        <source>The holder&apos;s proof is not an authentication proof.</source>
        <translation>La prueba del titular no es una prueba de autenticación.</translation>
    </message>
    <message>
        <source>The holder signed with %1, which Vitae cannot check.</source>
        <translation>El titular firmó con %1, que Vitae no puede comprobar.</translation>
    </message>
    <message>
        <source>The holder&apos;s signature does not match the presentation: %1</source>
        <translation>La firma del titular no coincide con la presentación: %1</translation>
    </message>
    <message>
        <source>Signed by its holder, %1.</source>
        <translation>Firmada por su titular, %1.</translation>
    </message>
    <message>
        <source>This presentation was made for another verifier.</source>
        <translation>Esta presentación se hizo para otro verificador.</translation>
    </message>
    <message>
        <source>The presentation sets no expiry; your challenge guards against replay.</source>
        <translation>La presentación no fija caducidad; tu desafío protege contra la reutilización.</translation>
    </message>
    <message>
        <source>These credentials do not name their holder, so they cannot be tied to the person presenting them: %1.</source>
        <translation>Estas credenciales no nombran a su titular, así que no se pueden vincular a la persona que las presenta: %1.</translation>
    </message>
    <message>
        <source>Every credential was issued to the person who presented it.</source>
        <translation>Todas las credenciales se emitieron a la persona que las presentó.</translation>
    </message>
    <message>
        <source>This is JSON but not a verifiable presentation.</source>
        <translation>Es JSON, pero no una presentación verificable.</translation>
    </message>
    <message>
        <source>A W3C verifiable presentation of %1 credential(s).</source>
        <translation>Una presentación verificable W3C con %1 credencial(es).</translation>
    </message>
    <message>
        <source>An SD-JWT presentation with %1 disclosed claim(s).</source>
        <translation>Una presentación SD-JWT con %1 afirmación(es) revelada(s).</translation>
    </message>
    <message>
        <source>This presentation is not valid JSON: %1</source>
        <translation>Esta presentación no es un JSON válido: %1</translation>
    </message>
    <message>
        <source>This is neither a verifiable presentation nor an SD-JWT presentation.</source>
        <translation>No es una presentación verificable ni una presentación SD-JWT.</translation>
    </message>
    <message>
        <source>Only SD-JWT credentials disclose claims one by one.</source>
        <translation>Solo las credenciales SD-JWT revelan afirmaciones una por una.</translation>
    </message>
    <message>
        <source>This credential is not an SD-JWT.</source>
        <translation>Esta credencial no es un SD-JWT.</translation>
    </message>
    <message>
        <source>This credential was issued to another key, so you cannot present it as yours.</source>
        <translation>Esta credencial se emitió a otra clave, así que no puedes presentarla como tuya.</translation>
    </message>
    <message>
        <source>The Base45 text is truncated (its length leaves one character over).</source>
        <translation>El texto Base45 está truncado (su longitud deja un carácter de más).</translation>
    </message>
    <message>
        <source>The Base45 text contains a character outside its alphabet.</source>
        <translation>El texto Base45 contiene un carácter ajeno a su alfabeto.</translation>
    </message>
    <message>
        <source>The Base45 text contains a group whose value is too large.</source>
        <translation>El texto Base45 contiene un grupo cuyo valor es demasiado grande.</translation>
    </message>
    <message>
        <source>The Base45 text ends with a group whose value is too large.</source>
        <translation>El texto Base45 termina con un grupo cuyo valor es demasiado grande.</translation>
    </message>
    <message>
        <source>The PNG image is truncated.</source>
        <translation>La imagen PNG está truncada.</translation>
    </message>
    <message>
        <source>The PNG image header (IHDR) has the wrong size.</source>
        <translation>La cabecera de la imagen PNG (IHDR) tiene un tamaño incorrecto.</translation>
    </message>
    <message>
        <source>The PNG image has an impossible size.</source>
        <translation>La imagen PNG tiene un tamaño imposible.</translation>
    </message>
    <message>
        <source>The PNG image is %1 x %2 pixels; Vitae reads images up to %3 x %4.</source>
        <translation>La imagen PNG mide %1 x %2 píxeles; Vitae lee imágenes de hasta %3 x %4.</translation>
    </message>
    <message>
        <source>The PNG image uses an unknown compression or filter method.</source>
        <translation>La imagen PNG usa un método de compresión o de filtrado desconocido.</translation>
    </message>
    <message>
        <source>Interlaced PNG images are not supported; save the image without interlacing.</source>
        <translation>No se admiten imágenes PNG entrelazadas; guarda la imagen sin entrelazado.</translation>
    </message>
    <message>
        <source>The PNG image uses an unknown interlace method.</source>
        <translation>La imagen PNG usa un método de entrelazado desconocido.</translation>
    </message>
    <message>
        <source>The PNG image has an unknown colour type.</source>
        <translation>La imagen PNG tiene un tipo de color desconocido.</translation>
    </message>
    <message>
        <source>The PNG image has a bit depth its colour type does not allow.</source>
        <translation>La imagen PNG tiene una profundidad de bits que su tipo de color no permite.</translation>
    </message>
    <message>
        <source>The PNG image data uses an unknown row filter.</source>
        <translation>Los datos de la imagen PNG usan un filtro de fila desconocido.</translation>
    </message>
    <message>
        <source>The PNG image uses a colour missing from its palette.</source>
        <translation>La imagen PNG usa un color que falta en su paleta.</translation>
    </message>
    <message>
        <source>The image file is larger than %1 MB, the most Vitae reads.</source>
        <translation>El archivo de imagen supera los %1 MB, el máximo que lee Vitae.</translation>
    </message>
    <message>
        <source>The file is not a PNG image.</source>
        <translation>El archivo no es una imagen PNG.</translation>
    </message>
    <message>
        <source>The PNG image has a chunk with an impossible length.</source>
        <translation>La imagen PNG tiene un bloque con una longitud imposible.</translation>
    </message>
    <message>
        <source>The PNG image is damaged: a chunk has an invalid name.</source>
        <translation>La imagen PNG está dañada: un bloque tiene un nombre no válido.</translation>
    </message>
    <message>
        <source>The PNG image is damaged: a chunk&apos;s checksum (CRC) does not match.</source>
        <translation>La imagen PNG está dañada: la suma de comprobación (CRC) de un bloque no coincide.</translation>
    </message>
    <message>
        <source>The PNG image does not start with its header (IHDR).</source>
        <translation>La imagen PNG no empieza por su cabecera (IHDR).</translation>
    </message>
    <message>
        <source>The PNG image has two headers (IHDR).</source>
        <translation>La imagen PNG tiene dos cabeceras (IHDR).</translation>
    </message>
    <message>
        <source>The PNG image has a malformed palette (PLTE).</source>
        <translation>La imagen PNG tiene una paleta mal formada (PLTE).</translation>
    </message>
    <message>
        <source>The PNG image has malformed transparency (tRNS).</source>
        <translation>La imagen PNG tiene una transparencia mal formada (tRNS).</translation>
    </message>
    <message>
        <source>The PNG image data (IDAT) is split by other chunks.</source>
        <translation>Los datos de la imagen PNG (IDAT) están separados por otros bloques.</translation>
    </message>
    <message>
        <source>The PNG image needs a feature Vitae does not read (chunk %1).</source>
        <translation>La imagen PNG necesita una función que Vitae no lee (bloque %1).</translation>
    </message>
    <message>
        <source>The PNG image has no image data (IDAT).</source>
        <translation>La imagen PNG no tiene datos de imagen (IDAT).</translation>
    </message>
    <message>
        <source>The PNG image has no palette (PLTE) for its palette colours.</source>
        <translation>La imagen PNG no tiene paleta (PLTE) para sus colores de paleta.</translation>
    </message>
    <message>
        <source>The PNG image is too large to read (%1 x %2 pixels).</source>
        <translation>La imagen PNG es demasiado grande para leerla (%1 x %2 píxeles).</translation>
    </message>
    <message>
        <source>The PNG image holds more image data than its size allows.</source>
        <translation>La imagen PNG contiene más datos de imagen de los que permite su tamaño.</translation>
    </message>
    <message>
        <source>The PNG image data is damaged and cannot be decompressed.</source>
        <translation>Los datos de la imagen PNG están dañados y no se pueden descomprimir.</translation>
    </message>
    <message>
        <source>The PNG image data ends before its last row.</source>
        <translation>Los datos de la imagen PNG terminan antes de su última fila.</translation>
    </message>
    <message>
        <source>The image buffer does not match its size.</source>
        <translation>El búfer de imagen no coincide con su tamaño.</translation>
    </message>
    <message>
        <source>The image could not be searched for QR codes.</source>
        <translation>No se pudieron buscar códigos QR en la imagen.</translation>
    </message>
    <message>
        <source>No QR code was found in this image.</source>
        <translation>No se encontró ningún código QR en esta imagen.</translation>
    </message>
    <message>
        <source>QR text cannot contain a NUL character.</source>
        <translation>El texto de un QR no puede contener un carácter NUL.</translation>
    </message>
    <message>
        <source>The text is too long for one QR code of version %1.</source>
        <translation>El texto es demasiado largo para un código QR de versión %1.</translation>
    </message>
    <message>
        <source>The text cannot be put in a QR code.</source>
        <translation>El texto no se puede poner en un código QR.</translation>
    </message>
    <message>
        <source>The Vitae QR frame is malformed: %1.</source>
        <translation>El fotograma QR de Vitae está mal formado: %1.</translation>
    </message>
    <message>
        <source>This is not a frame of a Vitae QR sequence.</source>
        <translation>No es un fotograma de una secuencia QR de Vitae.</translation>
    </message>
    <message>
        <source>The Vitae QR sequence announces %1 bytes, more than Vitae accepts.</source>
        <translation>La secuencia QR de Vitae anuncia %1 bytes, más de lo que Vitae acepta.</translation>
    </message>
    <message>
        <source>This QR code uses Vitae QR format version %1; this Vitae reads version %2. Update Vitae to read it.</source>
        <translation>Este código QR usa la versión %1 del formato QR de Vitae; este Vitae lee la versión %2. Actualiza Vitae para leerlo.</translation>
    </message>
    <message>
        <source>This QR code uses Vitae QR format version %1, which Vitae does not read.</source>
        <translation>Este código QR usa la versión %1 del formato QR de Vitae, que Vitae no lee.</translation>
    </message>
    <message>
        <source>The data is larger than %1 MB, the most a Vitae QR sequence carries.</source>
        <translation>Los datos superan los %1 MB, el máximo que lleva una secuencia QR de Vitae.</translation>
    </message>
    <message>
        <source>The parity group size must be 0 to %1.</source>
        <translation>El tamaño del grupo de paridad debe estar entre 0 y %1.</translation>
    </message>
    <message>
        <source>The data could not be compressed.</source>
        <translation>No se pudieron comprimir los datos.</translation>
    </message>
    <message>
        <source>QR version %1 is too small to carry a Vitae QR frame.</source>
        <translation>La versión QR %1 es demasiado pequeña para llevar un fotograma QR de Vitae.</translation>
    </message>
    <message>
        <source>The data needs more QR frames than a sequence may have.</source>
        <translation>Los datos necesitan más fotogramas QR de los que puede tener una secuencia.</translation>
    </message>
    <message>
        <source>The Vitae QR payload is larger than %1 MB, the most Vitae accepts.</source>
        <translation>La carga QR de Vitae supera los %1 MB, el máximo que acepta Vitae.</translation>
    </message>
    <message>
        <source>The Vitae QR payload is truncated.</source>
        <translation>La carga QR de Vitae está truncada.</translation>
    </message>
    <message>
        <source>The Vitae QR payload is corrupt and cannot be decompressed.</source>
        <translation>La carga QR de Vitae está corrupta y no se puede descomprimir.</translation>
    </message>
    <message>
        <source>This QR code is not a Vitae QR code.</source>
        <translation>Este código QR no es un código QR de Vitae.</translation>
    </message>
    <message>
        <source>This QR code is one frame of a sequence; scan all of its frames.</source>
        <translation>Este código QR es un fotograma de una secuencia; escanea todos sus fotogramas.</translation>
    </message>
    <message>
        <source>The Vitae QR code is larger than Vitae accepts.</source>
        <translation>El código QR de Vitae supera lo que Vitae acepta.</translation>
    </message>
    <message>
        <source>The Vitae QR payload is corrupt (it is not valid Base45).</source>
        <translation>La carga QR de Vitae está corrupta (no es Base45 válido).</translation>
    </message>
    <message>
        <source>The QR code was read.</source>
        <translation>Se leyó el código QR.</translation>
    </message>
    <message>
        <source>All %1 frames read (%2 rebuilt from parity).</source>
        <translation>Leídos los %1 fotogramas (%2 reconstruidos a partir de la paridad).</translation>
    </message>
    <message>
        <source>All %1 frames read.</source>
        <translation>Leídos los %1 fotogramas.</translation>
    </message>
    <message>
        <source>No Vitae QR frame read yet.</source>
        <translation>Aún no se ha leído ningún fotograma QR de Vitae.</translation>
    </message>
    <message>
        <source>Have %1 of %2 frames; missing %3 %4.</source>
        <translation>Hay %1 de %2 fotogramas; faltan %3 %4.</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>fotograma</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>fotogramas</translation>
    </message>
    <message>
        <source>This QR code belongs to another Vitae QR sequence (foreign frame).</source>
        <translation>Este código QR pertenece a otra secuencia QR de Vitae (fotograma ajeno).</translation>
    </message>
    <message>
        <source>This frame belongs to another Vitae QR sequence (foreign frame).</source>
        <translation>Este fotograma pertenece a otra secuencia QR de Vitae (fotograma ajeno).</translation>
    </message>
    <message>
        <source>This frame belongs to another Vitae QR sequence (foreign frame: message %1, not %2).</source>
        <translation>Este fotograma pertenece a otra secuencia QR de Vitae (fotograma ajeno: mensaje %1, no %2).</translation>
    </message>
    <message>
        <source>This frame does not match the other frames of its sequence.</source>
        <translation>Este fotograma no coincide con los demás fotogramas de su secuencia.</translation>
    </message>
    <message>
        <source>Frame %1 was read twice with different contents.</source>
        <translation>El fotograma %1 se leyó dos veces con contenidos distintos.</translation>
    </message>
    <message>
        <source>The parity frame of group %1 was read twice with different contents.</source>
        <translation>El fotograma de paridad del grupo %1 se leyó dos veces con contenidos distintos.</translation>
    </message>
    <message>
        <source>The Vitae QR sequence was read in full but its checksum does not match; scan it again.</source>
        <translation>La secuencia QR de Vitae se leyó entera, pero su suma de comprobación no coincide; escanéala de nuevo.</translation>
    </message>
    <message>
        <source>The Vitae QR sequence is incomplete. %1</source>
        <translation>La secuencia QR de Vitae está incompleta. %1</translation>
    </message>
    <message>
        <source>A credential needs its bytes and format.</source>
        <translation>Una credencial necesita sus bytes y su formato.</translation>
    </message>
    <message>
        <source>There is no credential number %1.</source>
        <translation>No existe la credencial número %1.</translation>
    </message>
    <message>
        <source>Credential number %1 does not match its stored digest.</source>
        <translation>La credencial número %1 no coincide con su resumen guardado.</translation>
    </message>
    <message>
        <source>The database key must be 32 bytes.</source>
        <translation>La clave de la base de datos debe tener 32 bytes.</translation>
    </message>
    <message>
        <source>The vault database %1 is missing.</source>
        <translation>Falta la base de datos de la bóveda %1.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>Vault database %1: %2.</source>
        <translation>Base de datos de la bóveda %1: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is %2 MB; evidence files may be at most %3 MB.</source>
        <translation>El archivo «%1» ocupa %2 MB; los archivos de prueba pueden tener como máximo %3 MB.</translation>
    </message>
    <message>
        <source>An evidence file needs a name and a media type.</source>
        <translation>Un archivo de prueba necesita un nombre y un tipo de medio.</translation>
    </message>
    <message>
        <source>There is no evidence file number %1.</source>
        <translation>No existe el archivo de prueba número %1.</translation>
    </message>
    <message>
        <source>Evidence file &quot;%1&quot; does not match its stored digest.</source>
        <translation>El archivo de prueba «%1» no coincide con su resumen guardado.</translation>
    </message>
    <message>
        <source>The vault&apos;s key for %1 is damaged.</source>
        <translation>La clave de la bóveda para %1 está dañada.</translation>
    </message>
    <message>
        <source>The vault was written by a newer version of Vitae (schema %1, this version knows %2); update Vitae to open it.</source>
        <translation>La bóveda la escribió una versión más reciente de Vitae (esquema %1; esta versión conoce el %2); actualiza Vitae para abrirla.</translation>
    </message>
    <message>
        <source>A share needs its channel.</source>
        <translation>Un elemento compartido necesita su canal.</translation>
    </message>
    <message>
        <source>A tag needs a name of 1 to 200 characters.</source>
        <translation>Una etiqueta necesita un nombre de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <source>There is no portfolio called &quot;%1&quot;.</source>
        <translation>No hay ningún portafolio llamado «%1».</translation>
    </message>
    <message>
        <source>A portfolio needs a name of 1 to 200 characters.</source>
        <translation>Un portafolio necesita un nombre de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <source>There is already a portfolio called &quot;%1&quot;.</source>
        <translation>Ya hay un portafolio llamado «%1».</translation>
    </message>
    <message>
        <source>Credential number %1 is not in the portfolio &quot;%2&quot;.</source>
        <translation>La credencial número %1 no está en el portafolio «%2».</translation>
    </message>
    <message>
        <source>The vault in %1 is in use by another Vitae process (pid %2). Close it there first.</source>
        <translation>La bóveda de %1 está en uso por otro proceso de Vitae (pid %2). Ciérrala allí primero.</translation>
    </message>
    <message>
        <source>The vault folder %1 is not writable.</source>
        <translation>No se puede escribir en la carpeta de la bóveda %1.</translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation>No hay ninguna bóveda en %1.</translation>
    </message>
    <message>
        <source>The vault header %1 cannot be read: %2</source>
        <translation>No se puede leer la cabecera de la bóveda %1: %2</translation>
    </message>
    <message>
        <source>The vault header %1 could not be written: %2</source>
        <translation>No se pudo escribir la cabecera de la bóveda %1: %2</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>La frase de contraseña no es correcta.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the vault.</source>
        <translation>Elige una frase de contraseña para la bóveda.</translation>
    </message>
    <message>
        <source>This vault is already open.</source>
        <translation>Esta bóveda ya está abierta.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The folder %1 already holds a vault; it was left untouched.</source>
        <translation>La carpeta %1 ya contiene una bóveda; no se ha tocado.</translation>
    </message>
    <message>
        <source>The vault database could not be put in place in %1.</source>
        <translation>No se pudo colocar la base de datos de la bóveda en %1.</translation>
    </message>
    <message>
        <source>Choose a new passphrase.</source>
        <translation>Elige una frase de contraseña nueva.</translation>
    </message>
    <message>
        <source>The vault has no holder key.</source>
        <translation>La bóveda no tiene clave de titular.</translation>
    </message>
    <message>
        <source>The vault&apos;s holder key is damaged.</source>
        <translation>La clave de titular de la bóveda está dañada.</translation>
    </message>
    <message>
        <source>The vault&apos;s holder key does not match its DID.</source>
        <translation>La clave de titular de la bóveda no coincide con su DID.</translation>
    </message>
    <message>
        <source>The vault database %1 failed its integrity check: %2</source>
        <translation>La base de datos de la bóveda %1 no superó su comprobación de integridad: %2</translation>
    </message>
    <message>
        <source>The vault header %1 is damaged: %2</source>
        <translation>La cabecera de la bóveda %1 está dañada: %2</translation>
    </message>
    <message>
        <source>The vault %1 was written by a newer version of Vitae (format %2.%3); update Vitae to open it.</source>
        <translation>La bóveda %1 la escribió una versión más reciente de Vitae (formato %2.%3); actualiza Vitae para abrirla.</translation>
    </message>
    <message>
        <source>%1 was revoked by its issuer.</source>
        <translation>El emisor revocó %1.</translation>
    </message>
    <message>
        <source>%1 was suspended by its issuer.</source>
        <translation>El emisor suspendió %1.</translation>
    </message>
    <message>
        <source>%1 has expired.</source>
        <translation>%1 ha caducado.</translation>
    </message>
    <message>
        <source>%1 could not be checked: its issuer&apos;s key no longer answers (%2).</source>
        <translation>No se pudo comprobar %1: la clave de su emisor ya no responde (%2).</translation>
    </message>
    <message>
        <source>%1 expires within a day.</source>
        <translation>%1 caduca en menos de un día.</translation>
    </message>
    <message>
        <source>%1 expires in %2 days.</source>
        <translation>%1 caduca en %2 días.</translation>
    </message>
    <message>
        <source>Your last backup was %1 days ago. Make one, so a lost or broken device does not take your credentials with it.</source>
        <translation>Tu última copia de seguridad fue hace %1 días. Haz una, para que un dispositivo perdido o roto no se lleve tus credenciales.</translation>
    </message>
    <message>
        <source>You have never made a backup. Make one, so a lost or broken device does not take your credentials with it.</source>
        <translation>Nunca has hecho una copia de seguridad. Haz una, para que un dispositivo perdido o roto no se lleve tus credenciales.</translation>
    </message>
    <message>
        <source>Not valid yet: valid from %1.</source>
        <translation>Aún no es válida: válida desde el %1.</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Caducó el %1.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Válida hasta el %1.</translation>
    </message>
    <message>
        <source>Valid, with no expiry date.</source>
        <translation>Válida, sin fecha de caducidad.</translation>
    </message>
    <message>
        <source>The issuer publishes status in a token status list, which this version of Vitae cannot check yet.</source>
        <translation>El emisor publica el estado en una lista de estado de tokens, que esta versión de Vitae aún no puede comprobar.</translation>
    </message>
    <message>
        <source>Status unknown (offline): whether the issuer revoked it could not be checked.</source>
        <translation>Estado desconocido (sin conexión): no se pudo comprobar si el emisor la revocó.</translation>
    </message>
    <message>
        <source>Vitae is offline</source>
        <translation>Vitae está sin conexión</translation>
    </message>
    <message>
        <source>Status unknown (offline): the issuer&apos;s status list could not be fetched (%1).</source>
        <translation>Estado desconocido (sin conexión): no se pudo obtener la lista de estado del emisor (%1).</translation>
    </message>
    <message>
        <source>Status unknown: the issuer&apos;s status list cannot be read: %1</source>
        <translation>Estado desconocido: no se puede leer la lista de estado del emisor: %1</translation>
    </message>
    <message>
        <source>Status unknown: the issuer&apos;s status list could not be trusted (%1)</source>
        <translation>Estado desconocido: no se pudo confiar en la lista de estado del emisor (%1)</translation>
    </message>
    <message>
        <source>Status unknown: the issuer&apos;s status list does not fit this credential (%1).</source>
        <translation>Estado desconocido: la lista de estado del emisor no corresponde a esta credencial (%1).</translation>
    </message>
    <message>
        <source>purpose differs</source>
        <translation>el propósito es distinto</translation>
    </message>
    <message>
        <source>Revoked: the issuer has withdrawn this credential.</source>
        <translation>Revocada: el emisor ha retirado esta credencial.</translation>
    </message>
    <message>
        <source>Suspended: the issuer has put this credential on hold.</source>
        <translation>Suspendida: el emisor ha dejado esta credencial en suspenso.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list marks this credential (%1 = %2).</source>
        <translation>La lista de estado del emisor marca esta credencial (%1 = %2).</translation>
    </message>
    <message>
        <source>Not %1 (checked with the issuer&apos;s status list).</source>
        <translation>No %1 (comprobado con la lista de estado del emisor).</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendida</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>The issuer publishes no revocation status for this credential.</source>
        <translation>El emisor no publica un estado de revocación para esta credencial.</translation>
    </message>
    <message>
        <source>Self-asserted: issued by the learner about themselves; no one else vouches for it.</source>
        <translation>Autodeclarada: emitida por la persona sobre sí misma; nadie más la respalda.</translation>
    </message>
    <message>
        <source>Issued by %1, listed in %2.</source>
        <translation>Emitida por %1, que figura en %2.</translation>
    </message>
    <message>
        <source>The issuer %1 is not on your trust lists: a valid signature proves who signed, but Vitae cannot vouch for who they are.</source>
        <translation>El emisor %1 no está en tus listas de confianza: una firma válida demuestra quién firmó, pero Vitae no puede garantizar quién es.</translation>
    </message>
    <message>
        <source>The credential cannot be put in canonical form: %1</source>
        <translation>No se puede poner la credencial en forma canónica: %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s key (%1) is published online and Vitae is offline.</source>
        <translation>La clave del emisor (%1) está publicada en línea y Vitae está sin conexión.</translation>
    </message>
    <message>
        <source>Keys of the kind &quot;%1&quot; cannot be checked by this version of Vitae.</source>
        <translation>Esta versión de Vitae no puede comprobar claves del tipo «%1».</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; is neither a DID nor an https address.</source>
        <translation>El emisor «%1» no es un DID ni una dirección https.</translation>
    </message>
    <message>
        <source>The issuer&apos;s keys (%1) are published online and Vitae is offline.</source>
        <translation>Las claves del emisor (%1) están publicadas en línea y Vitae está sin conexión.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata is not valid JSON: %1</source>
        <translation>Los metadatos del emisor no son un JSON válido: %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata names a different issuer.</source>
        <translation>Los metadatos del emisor nombran a otro emisor.</translation>
    </message>
    <message>
        <source>The issuer publishes no key &quot;%1&quot;.</source>
        <translation>El emisor no publica ninguna clave «%1».</translation>
    </message>
    <message>
        <source>The token was signed with a key (%1) that does not belong to its issuer (%2).</source>
        <translation>El token se firmó con una clave (%1) que no pertenece a su emisor (%2).</translation>
    </message>
    <message>
        <source>The token does not say which of the issuer&apos;s keys signed it (no kid).</source>
        <translation>El token no indica cuál de las claves del emisor lo firmó (no tiene kid).</translation>
    </message>
    <message>
        <source>The proof&apos;s @context does not match the credential&apos;s.</source>
        <translation>El @context de la prueba no coincide con el de la credencial.</translation>
    </message>
    <message>
        <source>The proof value is not a base58 signature of 64 bytes.</source>
        <translation>El valor de la prueba no es una firma base58 de 64 bytes.</translation>
    </message>
    <message>
        <source>The signature does not match the credential.</source>
        <translation>La firma no coincide con la credencial.</translation>
    </message>
    <message>
        <source>A proof in the chain names a previous proof that is not there.</source>
        <translation>Una prueba de la cadena nombra una prueba anterior que no está.</translation>
    </message>
    <message>
        <source>The proof cannot be read: %1</source>
        <translation>No se puede leer la prueba: %1</translation>
    </message>
    <message>
        <source>The credential cannot be read as linked data: %1</source>
        <translation>No se puede leer la credencial como datos enlazados: %1</translation>
    </message>
    <message>
        <source>%1 needs an %2 key.</source>
        <translation>%1 necesita una clave %2.</translation>
    </message>
    <message>
        <source>The credential status has no type.</source>
        <translation>El estado de la credencial no tiene tipo.</translation>
    </message>
    <message>
        <source>The credential status type %1 is not supported.</source>
        <translation>No se admite el tipo de estado de credencial %1.</translation>
    </message>
    <message>
        <source>The status list is larger than %1 bytes compressed.</source>
        <translation>La lista de estado supera los %1 bytes comprimida.</translation>
    </message>
    <message>
        <source>The status list is empty or not valid base64url text.</source>
        <translation>La lista de estado está vacía o no es texto base64url válido.</translation>
    </message>
    <message>
        <source>The decompressor could not be started.</source>
        <translation>No se pudo iniciar el descompresor.</translation>
    </message>
    <message>
        <source>The status list expands to more than %1 bytes, so it was not read.</source>
        <translation>La lista de estado se expande a más de %1 bytes, así que no se leyó.</translation>
    </message>
    <message>
        <source>The status list is cut short (its GZIP data ends too early).</source>
        <translation>La lista de estado está cortada (sus datos GZIP terminan demasiado pronto).</translation>
    </message>
    <message>
        <source>The status list is not valid GZIP data.</source>
        <translation>La lista de estado no son datos GZIP válidos.</translation>
    </message>
    <message>
        <source>The status list has unexpected data after its GZIP data.</source>
        <translation>La lista de estado tiene datos inesperados tras sus datos GZIP.</translation>
    </message>
    <message>
        <source>A status size of %1 bits is not supported.</source>
        <translation>No se admite un tamaño de estado de %1 bits.</translation>
    </message>
    <message>
        <source>A status index cannot be negative.</source>
        <translation>Un índice de estado no puede ser negativo.</translation>
    </message>
    <message>
        <source>Status index %1 is outside the status list, which has %2 entries.</source>
        <translation>El índice de estado %1 está fuera de la lista de estado, que tiene %2 entradas.</translation>
    </message>
    <message>
        <source>The status list credential has no single credentialSubject.</source>
        <translation>La credencial de lista de estado no tiene un único credentialSubject.</translation>
    </message>
    <message>
        <source>The status list credential is not typed BitstringStatusListCredential.</source>
        <translation>La credencial de lista de estado no tiene el tipo BitstringStatusListCredential.</translation>
    </message>
    <message>
        <source>The status list credential is not typed StatusList2021Credential.</source>
        <translation>La credencial de lista de estado no tiene el tipo StatusList2021Credential.</translation>
    </message>
    <message>
        <source>The status list credential does not hold a BitstringStatusList or StatusList2021.</source>
        <translation>La credencial de lista de estado no contiene un BitstringStatusList ni un StatusList2021.</translation>
    </message>
    <message>
        <source>The status list credential has no statusPurpose.</source>
        <translation>La credencial de lista de estado no tiene statusPurpose.</translation>
    </message>
    <message>
        <source>The status list credential has no encodedList.</source>
        <translation>La credencial de lista de estado no tiene encodedList.</translation>
    </message>
    <message>
        <source>The trust list is not valid JSON: %1</source>
        <translation>La lista de confianza no es un JSON válido: %1</translation>
    </message>
    <message>
        <source>The trust list is of a newer version than Vitae reads.</source>
        <translation>La lista de confianza es de una versión más reciente de la que lee Vitae.</translation>
    </message>
    <message>
        <source>An issuer in the trust list has no id.</source>
        <translation>Un emisor de la lista de confianza no tiene id.</translation>
    </message>
    <message>
        <source>This is neither a Vitae trust list nor an issuer registry.</source>
        <translation>No es una lista de confianza de Vitae ni un registro de emisores.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key could not be fetched, so the signature was not checked: %1</source>
        <translation>No se pudo obtener la clave del emisor, así que no se comprobó la firma: %1</translation>
    </message>
    <message>
        <source>The signing key is not valid for this issuer: %1</source>
        <translation>La clave de firma no es válida para este emisor: %1</translation>
    </message>
    <message>
        <source>The credential does not start with the W3C credentials context.</source>
        <translation>La credencial no empieza por el contexto de credenciales del W3C.</translation>
    </message>
    <message>
        <source>The credential is well formed.</source>
        <translation>La credencial está bien formada.</translation>
    </message>
    <message>
        <source>The credential is not signed.</source>
        <translation>La credencial no está firmada.</translation>
    </message>
    <message>
        <source>The credential is signed with %1, which this version of Vitae cannot check yet (unsupported proof suite).</source>
        <translation>La credencial está firmada con %1, que esta versión de Vitae aún no puede comprobar (conjunto de prueba no admitido).</translation>
    </message>
    <message>
        <source>The credential&apos;s proof uses an unknown method (&quot;%1&quot;), so it cannot be trusted.</source>
        <translation>La prueba de la credencial usa un método desconocido («%1»), así que no se puede confiar en ella.</translation>
    </message>
    <message>
        <source>The proof was not made for issuing a credential (its purpose is &quot;%1&quot;).</source>
        <translation>La prueba no se hizo para emitir una credencial (su propósito es «%1»).</translation>
    </message>
    <message>
        <source>The credential was signed by %1, not by its issuer %2.</source>
        <translation>La credencial la firmó %1, no su emisor %2.</translation>
    </message>
    <message>
        <source>The signature itself has expired.</source>
        <translation>La propia firma ha caducado.</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1.</source>
        <translation>No se pudo comprobar la firma: %1.</translation>
    </message>
    <message>
        <source>The credential uses a term its contexts do not define, so its meaning is not covered by the signature: %1.</source>
        <translation>La credencial usa un término que sus contextos no definen, así que su significado no está cubierto por la firma: %1.</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was changed after it was issued, or was not issued by %1. (%2)</source>
        <translation>La firma no coincide: la credencial se modificó después de emitirse o no la emitió %1. (%2)</translation>
    </message>
    <message>
        <source>Signed by the issuer (%1); nothing was changed since.</source>
        <translation>Firmada por el emisor (%1); nada ha cambiado desde entonces.</translation>
    </message>
    <message>
        <source>The token&apos;s issuer (%1) differs from the credential&apos;s issuer (%2).</source>
        <translation>El emisor del token (%1) es distinto del emisor de la credencial (%2).</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was changed after it was issued. (%1)</source>
        <translation>La firma no coincide: la credencial se modificó después de emitirse. (%1)</translation>
    </message>
    <message>
        <source>Hosted badge, not cryptographically signed; it could not be compared with the issuer&apos;s copy (offline).</source>
        <translation>Insignia alojada, sin firma criptográfica; no se pudo comparar con la copia del emisor (sin conexión).</translation>
    </message>
    <message>
        <source>Hosted badge, not cryptographically signed; the issuer&apos;s copy could not be fetched: %1</source>
        <translation>Insignia alojada, sin firma criptográfica; no se pudo obtener la copia del emisor: %1</translation>
    </message>
    <message>
        <source>Hosted badge, not cryptographically signed, and it differs from the issuer&apos;s copy.</source>
        <translation>Insignia alojada, sin firma criptográfica, y distinta de la copia del emisor.</translation>
    </message>
    <message>
        <source>Hosted badge, not cryptographically signed; it matches the copy on the issuer&apos;s site.</source>
        <translation>Insignia alojada, sin firma criptográfica; coincide con la copia del sitio del emisor.</translation>
    </message>
    <message>
        <source>Unlock your vault first.</source>
        <translation>Primero desbloquea tu bóveda.</translation>
    </message>
    <message>
        <source>The trust list %1 cannot be read: %2</source>
        <translation>No se puede leer la lista de confianza %1: %2</translation>
    </message>
    <message>
        <source>The presentation could not be compressed.</source>
        <translation>No se pudo comprimir la presentación.</translation>
    </message>
    <message>
        <source>This presentation is too large for a link (at most %1 KB); save it as a file instead.</source>
        <translation>Esta presentación es demasiado grande para un enlace (como máximo %1 KB); guárdala como archivo.</translation>
    </message>
    <message>
        <source>This is a %1, not a presentation.</source>
        <translation>Esto es: %1; no una presentación.</translation>
    </message>
    <message>
        <source>The trust list is larger than %1 MB.</source>
        <translation>La lista de confianza supera los %1 MB.</translation>
    </message>
    <message>
        <source>This trust list is already in your vault.</source>
        <translation>Esta lista de confianza ya está en tu bóveda.</translation>
    </message>
    <message>
        <source>Vitae cannot read this VPQR code: %1</source>
        <translation>Vitae no puede leer este código VPQR: %1</translation>
    </message>
    <message>
        <source>This VPQR code is damaged: %1</source>
        <translation>Este código VPQR está dañado: %1</translation>
    </message>
    <message>
        <source>This is not a VPQR code: it does not start with &quot;VP1-&quot;.</source>
        <translation>No es un código VPQR: no empieza por «VP1-».</translation>
    </message>
    <message>
        <source>A device slot needs two 32-byte keys.</source>
        <translation>Una ranura de dispositivo necesita dos claves de 32 bytes.</translation>
    </message>
    <message>
        <source>The key this device keeps does not open this vault&apos;s device slot.</source>
        <translation>La clave que guarda este dispositivo no abre la ranura de dispositivo de esta bóveda.</translation>
    </message>
    <message>
        <source>The device slot %1 is damaged: %2</source>
        <translation>La ranura de dispositivo %1 está dañada: %2</translation>
    </message>
    <message>
        <source>The device slot %1 was written by a newer version of Vitae (format %2.%3).</source>
        <translation>La ranura de dispositivo %1 la escribió una versión más reciente de Vitae (formato %2.%3).</translation>
    </message>
    <message>
        <source>This vault is not remembered on this device.</source>
        <translation>Esta bóveda no se recuerda en este dispositivo.</translation>
    </message>
    <message>
        <source>The device slot %1 cannot be read: %2</source>
        <translation>No se puede leer la ranura de dispositivo %1: %2</translation>
    </message>
    <message>
        <source>The device slot %1 could not be written: %2</source>
        <translation>No se pudo escribir la ranura de dispositivo %1: %2</translation>
    </message>
    <message>
        <source>Open the vault before remembering it on this device.</source>
        <translation>Abre la bóveda antes de recordarla en este dispositivo.</translation>
    </message>
    <message>
        <source>The key remembered on this device does not open the vault database (%1).</source>
        <translation>La clave recordada en este dispositivo no abre la base de datos de la bóveda (%1).</translation>
    </message>
    <message>
        <source>The device slot %1 could not be removed.</source>
        <translation>No se pudo quitar la ranura de dispositivo %1.</translation>
    </message>
</context>
<context>
    <name>vitae::gui</name>
    <message>
        <source>an SD-JWT credential</source>
        <translation>una credencial SD-JWT</translation>
    </message>
    <message>
        <source>a JSON-LD credential</source>
        <translation>una credencial JSON-LD</translation>
    </message>
    <message>
        <source>a JWT credential</source>
        <translation>una credencial JWT</translation>
    </message>
    <message>
        <source>a %1 credential</source>
        <translation>una credencial %1</translation>
    </message>
    <message>
        <source>%1 of type %2</source>
        <translation>%1 de tipo %2</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>This portfolio is empty: add something to it before exporting.</source>
        <translation>Este portafolio está vacío: añade algo antes de exportarlo.</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portafolio</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>(a credential Vitae can no longer read)</source>
        <translation>(una credencial que Vitae ya no puede leer)</translation>
    </message>
</context>
<context>
    <name>vitae::gui::AlertsViewModel</name>
    <message>
        <source>A credential</source>
        <translation>Una credencial</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <source>%1 was revoked by its issuer.</source>
        <translation>El emisor revocó %1.</translation>
    </message>
    <message>
        <source>Verifiers will see it as revoked. If you think this is a mistake, contact the issuer.</source>
        <translation>Los verificadores la verán como revocada. Si crees que es un error, contacta con el emisor.</translation>
    </message>
    <message>
        <source>%1 was suspended by its issuer.</source>
        <translation>El emisor suspendió %1.</translation>
    </message>
    <message>
        <source>Verifiers will see it as suspended until the issuer lifts it. Ask the issuer why.</source>
        <translation>Los verificadores la verán como suspendida hasta que el emisor levante la suspensión. Pregunta al emisor por qué.</translation>
    </message>
    <message>
        <source>%1 has expired.</source>
        <translation>%1 ha caducado.</translation>
    </message>
    <message>
        <source>Ask the issuer for a renewed credential if you still need it.</source>
        <translation>Pide al emisor una credencial renovada si aún la necesitas.</translation>
    </message>
    <message>
        <source>%1 expires within a day.</source>
        <translation>%1 caduca en menos de un día.</translation>
    </message>
    <message>
        <source>If you still need it, ask the issuer to renew it before then.</source>
        <translation>Si aún la necesitas, pide al emisor que la renueve antes de esa fecha.</translation>
    </message>
    <message>
        <source>The issuer of %1 no longer answers at its web address.</source>
        <translation>El emisor de %1 ya no responde en su dirección web.</translation>
    </message>
    <message>
        <source>Its signature cannot be checked while that lasts. Export a verifiable bundle from your portfolio while the credential can still be checked, and keep it.</source>
        <translation>Mientras dure, no se puede comprobar su firma. Exporta un paquete verificable desde tu portafolio mientras la credencial aún se pueda comprobar, y guárdalo.</translation>
    </message>
    <message numerus="yes">
        <source>Your last backup was %n day(s) ago.</source>
        <translation>
            <numerusform>Tu última copia de seguridad fue hace %n día.</numerusform>
            <numerusform>Tu última copia de seguridad fue hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have never made a backup of your vault.</source>
        <translation>Nunca has hecho una copia de seguridad de tu bóveda.</translation>
    </message>
    <message>
        <source>Make one now and keep it on another device, so a lost or broken device does not take your credentials with it.</source>
        <translation>Haz una ahora y guárdala en otro dispositivo, para que un dispositivo perdido o roto no se lleve tus credenciales.</translation>
    </message>
    <message>
        <source>Last backup %1</source>
        <translation>Última copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Unlock your vault first.</source>
        <translation>Primero desbloquea tu bóveda.</translation>
    </message>
    <message>
        <source>The re-check did not finish: %1</source>
        <translation>La nueva comprobación no terminó: %1</translation>
    </message>
    <message>
        <source>%1 expires on %2, in %3 days.</source>
        <translation>%1 caduca el %2, dentro de %3 días.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::AppController</name>
    <message>
        <source>The link is too long (at most %1 KB).</source>
        <translation>El enlace es demasiado largo (como máximo %1 KB).</translation>
    </message>
    <message>
        <source>The link cannot be read.</source>
        <translation>No se puede leer el enlace.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n credential(s) to your wallet.</source>
        <translation>
            <numerusform>Se añadió %n credencial a tu cartera.</numerusform>
            <numerusform>Se añadieron %n credenciales a tu cartera.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential was deleted.</source>
        <translation>Se eliminó la credencial.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Elige una frase de contraseña.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no son iguales.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Only files on this device can be added this way.</source>
        <translation>Solo se pueden añadir así archivos de este dispositivo.</translation>
    </message>
    <message>
        <source>Use four or more unrelated words, or a long sentence only you would think of.</source>
        <translation>Usa cuatro o más palabras sin relación entre sí, o una frase larga que solo se te ocurriría a ti.</translation>
    </message>
    <message>
        <source>Very weak: someone could guess this quickly.</source>
        <translation>Muy débil: alguien podría adivinarla enseguida.</translation>
    </message>
    <message>
        <source>Weak: add more words.</source>
        <translation>Débil: añade más palabras.</translation>
    </message>
    <message>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Aceptable: unas pocas palabras más la harían fuerte.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Buena.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <source>Open your vault to see what these files hold: %1. Nothing is added until you confirm.</source>
        <translation>Abre tu bóveda para ver qué contienen estos archivos: %1. No se añade nada hasta que lo confirmes.</translation>
    </message>
    <message>
        <source>Vitae was given a link it cannot use, so nothing was added. %1</source>
        <translation>Vitae recibió un enlace que no puede usar, así que no se añadió nada. %1</translation>
    </message>
    <message>
        <source>Vitae received a presentation request.</source>
        <translation>Vitae recibió una solicitud de presentación.</translation>
    </message>
    <message>
        <source>Vitae received a presentation request from %1.</source>
        <translation>Vitae recibió una solicitud de presentación de %1.</translation>
    </message>
    <message>
        <source>Nothing has been shared: Vitae will show you what is asked and ask you first.</source>
        <translation>No se ha compartido nada: Vitae te mostrará lo que se pide y te preguntará primero.</translation>
    </message>
    <message>
        <source>Vitae received a %1.</source>
        <translation>Vitae recibió: %1.</translation>
    </message>
    <message>
        <source>Vitae received a %1 from %2.</source>
        <translation>Vitae recibió de %2: %1.</translation>
    </message>
    <message>
        <source>Nothing has been added: Vitae will show you what it holds and ask you before importing anything.</source>
        <translation>No se ha añadido nada: Vitae te mostrará lo que contiene y te preguntará antes de importar nada.</translation>
    </message>
    <message>
        <source>Unlock your vault first; the link waits for you.</source>
        <translation>Desbloquea primero tu bóveda; el enlace te espera.</translation>
    </message>
    <message>
        <source>Vitae cannot open this kind of link from the app yet.</source>
        <translation>Vitae aún no puede abrir este tipo de enlace desde la aplicación.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was collected or added.</source>
        <translation>Detenido. No se obtuvo ni se añadió nada.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check it and try again.</source>
        <translation>Esa frase de contraseña no es correcta. Revísala e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>This vault is open in another Vitae window or program. Close it there first.</source>
        <translation>Esta bóveda está abierta en otra ventana o programa de Vitae. Ciérrala allí primero.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Vitae. Update Vitae to open it.</source>
        <translation>Esta bóveda se creó con una versión más reciente de Vitae. Actualiza Vitae para abrirla.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged, so it cannot be opened. Nothing was changed. (%1)</source>
        <translation>Los archivos de la bóveda están dañados, así que no se puede abrir. No se cambió nada. (%1)</translation>
    </message>
    <message>
        <source>The vault could not be saved to disk: %1</source>
        <translation>No se pudo guardar la bóveda en el disco: %1</translation>
    </message>
</context>
<context>
    <name>vitae::gui::ClaimText</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>vitae::gui::DeviceUnlock</name>
    <message>
        <source>This device has no keychain that Vitae can use.</source>
        <translation>Este dispositivo no tiene ningún llavero que Vitae pueda usar.</translation>
    </message>
    <message>
        <source>The keychain was not unlocked.</source>
        <translation>No se desbloqueó el llavero.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access.</source>
        <translation>El llavero está bloqueado o denegó el acceso.</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>El llavero no respondió.</translation>
    </message>
    <message>
        <source>The keychain did not answer (%1).</source>
        <translation>El llavero no respondió (%1).</translation>
    </message>
    <message>
        <source>The key in this device&apos;s keychain does not open this vault. Unlock with your passphrase, then turn “Remember on this device” off and on again in Settings.</source>
        <translation>La clave del llavero de este dispositivo no abre esta bóveda. Desbloquea con tu frase de contraseña y luego desactiva y vuelve a activar «Recordar en este dispositivo» en Ajustes.</translation>
    </message>
    <message>
        <source>This vault&apos;s device slot is damaged, so it cannot open the vault. Nothing else was changed: unlock with your passphrase. (%1)</source>
        <translation>La ranura de dispositivo de esta bóveda está dañada, así que no puede abrirla. No se cambió nada más: desbloquea con tu frase de contraseña. (%1)</translation>
    </message>
    <message>
        <source>This vault is no longer remembered on this device. Unlock with your passphrase.</source>
        <translation>Esta bóveda ya no se recuerda en este dispositivo. Desbloquea con tu frase de contraseña.</translation>
    </message>
    <message>
        <source>This vault is open in another Vitae window or program. Close it there first.</source>
        <translation>Esta bóveda está abierta en otra ventana o programa de Vitae. Ciérrala allí primero.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Vitae. Update Vitae to open it.</source>
        <translation>Esta bóveda se creó con una versión más reciente de Vitae. Actualiza Vitae para abrirla.</translation>
    </message>
    <message>
        <source>The vault could not be opened on this device: %1 Unlock with your passphrase.</source>
        <translation>No se pudo abrir la bóveda en este dispositivo: %1 Desbloquea con tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Vitae could not keep a key in this device&apos;s keychain, so the vault is not remembered. %1</source>
        <translation>Vitae no pudo guardar una clave en el llavero de este dispositivo, así que la bóveda no se recuerda. %1</translation>
    </message>
    <message>
        <source>This vault now opens on this device without the passphrase.</source>
        <translation>Ahora esta bóveda se abre en este dispositivo sin la frase de contraseña.</translation>
    </message>
    <message>
        <source>The vault could not be remembered on this device: %1</source>
        <translation>No se pudo recordar la bóveda en este dispositivo: %1</translation>
    </message>
    <message>
        <source>The device slot could not be removed: %1</source>
        <translation>No se pudo quitar la ranura de dispositivo: %1</translation>
    </message>
    <message>
        <source>This vault is no longer remembered on this device. The key left in the keychain now opens nothing, but it could not be removed: %1</source>
        <translation>Esta bóveda ya no se recuerda en este dispositivo. La clave que queda en el llavero ya no abre nada, pero no se pudo quitar: %1</translation>
    </message>
    <message>
        <source>This vault is no longer remembered on this device: only the passphrase opens it.</source>
        <translation>Esta bóveda ya no se recuerda en este dispositivo: solo la abre la frase de contraseña.</translation>
    </message>
    <message>
        <source>This device&apos;s keychain no longer holds the key for this vault. Unlock with your passphrase; you can turn “Remember on this device” on again in Settings.</source>
        <translation>El llavero de este dispositivo ya no guarda la clave de esta bóveda. Desbloquea con tu frase de contraseña; puedes volver a activar «Recordar en este dispositivo» en Ajustes.</translation>
    </message>
    <message>
        <source>%1 Unlock with your passphrase.</source>
        <translation>%1 Desbloquea con tu frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::LanguageSwitcher</name>
    <message>
        <source>Vitae has no translation for &quot;%1&quot;.</source>
        <translation>Vitae no tiene traducción para «%1».</translation>
    </message>
    <message>
        <source>The %1 translation could not be loaded.</source>
        <translation>No se pudo cargar la traducción %1.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::PortfolioViewModel</name>
    <message>
        <source>Write the %1 month as year and month, for example 2019-04.</source>
        <translation>Escribe el mes de %1 como año y mes, por ejemplo 2019-04.</translation>
    </message>
    <message>
        <source>Write the role you had, for example “Logistics planning officer”.</source>
        <translation>Escribe el puesto que tenías, por ejemplo «Oficial de planificación logística».</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 supera los %2 MB.</translation>
    </message>
    <message>
        <source>Added “%1”. It is marked self-asserted: you vouch for it, nobody else has checked it yet.</source>
        <translation>Se añadió «%1». Está marcada como autodeclarada: tú respondes por ella; nadie más la ha comprobado todavía.</translation>
    </message>
    <message>
        <source>Choose at least one credential to export.</source>
        <translation>Elige al menos una credencial para exportar.</translation>
    </message>
    <message>
        <source>Open a portfolio first.</source>
        <translation>Abre primero un portafolio.</translation>
    </message>
    <message>
        <source>This portfolio is empty: add something to it before exporting.</source>
        <translation>Este portafolio está vacío: añade algo antes de exportarlo.</translation>
    </message>
    <message>
        <source>Choose a file on this device.</source>
        <translation>Elige un archivo de este dispositivo.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n credential(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n credencial a %1.</numerusform>
            <numerusform>Se exportaron %n credenciales a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the portfolio a name, for example the job you are applying for.</source>
        <translation>Ponle un nombre al portafolio, por ejemplo el del puesto al que te presentas.</translation>
    </message>
    <message>
        <source>Made the portfolio “%1”. Add what it should show.</source>
        <translation>Se creó el portafolio «%1». Añade lo que debe mostrar.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Nuevo nombre: «%1».</translation>
    </message>
    <message>
        <source>Deleted the portfolio “%1”. Its credentials are still in your vault.</source>
        <translation>Se eliminó el portafolio «%1». Sus credenciales siguen en tu bóveda.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::RequestViewModel</name>
    <message>
        <source>Vitae could not read this request, so nothing was shared. %1</source>
        <translation>Vitae no pudo leer esta solicitud, así que no se compartió nada. %1</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>No se envió nada: %1</translation>
    </message>
    <message>
        <source>The presentation could not be sent to %1: %2</source>
        <translation>No se pudo enviar la presentación a %1: %2</translation>
    </message>
    <message>
        <source>%1 received your presentation but did not accept it. %2</source>
        <translation>%1 recibió tu presentación, pero no la aceptó. %2</translation>
    </message>
    <message>
        <source>%1 accepted your presentation. It gave no address to continue at.</source>
        <translation>%1 aceptó tu presentación. No indicó ninguna dirección para continuar.</translation>
    </message>
    <message>
        <source>%1 accepted your presentation. It asks you to continue at the address below; Vitae does not open it for you.</source>
        <translation>%1 aceptó tu presentación. Te pide continuar en la dirección de abajo; Vitae no la abre por ti.</translation>
    </message>
    <message>
        <source>It was sent, but could not be written to your share log: %1</source>
        <translation>Se envió, pero no se pudo anotar en tu registro de compartidos: %1</translation>
    </message>
    <message>
        <source>You declined the request. Nothing was sent.</source>
        <translation>Rechazaste la solicitud. No se envió nada.</translation>
    </message>
    <message>
        <source>What you sent is in your share log.</source>
        <translation>Lo que enviaste está en tu registro de compartidos.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::ScannerViewModel</name>
    <message>
        <source>Read %1 of %2 frames. Keep the camera on the code.</source>
        <translation>Leídos %1 de %2 fotogramas. Mantén la cámara sobre el código.</translation>
    </message>
    <message>
        <source>Point the camera at the QR code. An animated code is read frame by frame.</source>
        <translation>Apunta la cámara al código QR. Un código animado se lee fotograma a fotograma.</translation>
    </message>
    <message>
        <source>No camera was found. Open a picture of the code, or copy the code or its text and paste it.</source>
        <translation>No se encontró ninguna cámara. Abre una imagen del código, o copia el código o su texto y pégalo.</translation>
    </message>
    <message>
        <source>Reading the picture…</source>
        <translation>Leyendo la imagen…</translation>
    </message>
    <message>
        <source>This picture shows one frame of an animated code. Scan the animation with the camera to read every frame.</source>
        <translation>Esta imagen muestra un solo fotograma de un código animado. Escanea la animación con la cámara para leer todos los fotogramas.</translation>
    </message>
    <message>
        <source>This code holds something Vitae does not use. %1</source>
        <translation>Este código contiene algo que Vitae no usa. %1</translation>
    </message>
    <message>
        <source>This code is not one Vitae uses. %1</source>
        <translation>Este código no es de los que usa Vitae. %1</translation>
    </message>
    <message>
        <source>a picture of a QR code</source>
        <translation>una imagen de un código QR</translation>
    </message>
    <message>
        <source>a scanned QR code</source>
        <translation>un código QR escaneado</translation>
    </message>
    <message>
        <source>The code was read whole, but what it carries is not text Vitae can use.</source>
        <translation>El código se leyó completo, pero lo que lleva no es texto que Vitae pueda usar.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no text. Copy a QR code or a link first.</source>
        <translation>El portapapeles no contiene ninguna imagen ni texto. Copia antes un código QR o un enlace.</translation>
    </message>
    <message>
        <source>Choose a picture on this device.</source>
        <translation>Elige una imagen de este dispositivo.</translation>
    </message>
    <message>
        <source>The camera could not start (%1). Open a picture of the code, or paste it.</source>
        <translation>No se pudo iniciar la cámara (%1). Abre una imagen del código o pégalo.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::ScreenAwake</name>
    <message>
        <source>The screen may turn off: there is no desktop session to ask.</source>
        <translation>La pantalla podría apagarse: no hay ninguna sesión de escritorio a la que pedirlo.</translation>
    </message>
    <message>
        <source>Showing a QR code to a verifier</source>
        <translation>Mostrando un código QR a un verificador</translation>
    </message>
    <message>
        <source>The screen may turn off: keeping it on is not supported on this system yet.</source>
        <translation>La pantalla podría apagarse: mantenerla encendida aún no es posible en este sistema.</translation>
    </message>
    <message>
        <source>The screen may turn off: the desktop did not agree to keep it on.</source>
        <translation>La pantalla podría apagarse: el escritorio no aceptó mantenerla encendida.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::SettingsViewModel</name>
    <message>
        <source>Nothing was restored, and the vault you have open was not changed.</source>
        <translation>No se restauró nada y la bóveda que tienes abierta no cambió.</translation>
    </message>
    <message>
        <source>The backup passphrase is not right. Check it and try again.</source>
        <translation>La frase de contraseña de la copia no es correcta. Revísala e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The backup file is damaged, so it cannot be restored (%1).</source>
        <translation>El archivo de copia de seguridad está dañado, así que no se puede restaurar (%1).</translation>
    </message>
    <message>
        <source>This file is not a Vitae backup (%1).</source>
        <translation>Este archivo no es una copia de seguridad de Vitae (%1).</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Vitae. Update Vitae to restore it.</source>
        <translation>Esta copia de seguridad se hizo con una versión más reciente de Vitae. Actualiza Vitae para restaurarla.</translation>
    </message>
    <message>
        <source>%1 Choose a new, empty folder for the restored vault.</source>
        <translation>%1 Elige una carpeta nueva y vacía para la bóveda restaurada.</translation>
    </message>
    <message>
        <source>The restore was stopped.</source>
        <translation>Se detuvo la restauración.</translation>
    </message>
    <message>
        <source>The backup was stopped; no file was written.</source>
        <translation>Se detuvo la copia de seguridad; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The disk refused: %1</source>
        <translation>El disco lo rechazó: %1</translation>
    </message>
    <message>
        <source>Unlock your vault first.</source>
        <translation>Primero desbloquea tu bóveda.</translation>
    </message>
    <message>
        <source>Vitae is free and open source software. It is built on Qt (LGPL 3), libsodium (ISC), SQLCipher (BSD-style), ZXing-C++ (Apache 2.0), qpdf (Apache 2.0), QR Code generator (MIT), OpenSSL (Apache 2.0) and zlib (zlib licence).</source>
        <translation>Vitae es software libre y de código abierto. Se basa en Qt (LGPL 3), libsodium (ISC), SQLCipher (estilo BSD), ZXing-C++ (Apache 2.0), qpdf (Apache 2.0), QR Code generator (MIT), OpenSSL (Apache 2.0) y zlib (licencia zlib).</translation>
    </message>
    <message>
        <source>Choose one of the auto-lock times offered.</source>
        <translation>Elige uno de los tiempos de bloqueo automático disponibles.</translation>
    </message>
    <message>
        <source>The auto-lock time could not be saved: %1</source>
        <translation>No se pudo guardar el tiempo de bloqueo automático: %1</translation>
    </message>
    <message>
        <source>Vitae will not lock by itself; use Lock now when you leave.</source>
        <translation>Vitae no se bloqueará solo; usa Bloquear ahora cuando te vayas.</translation>
    </message>
    <message numerus="yes">
        <source>Vitae locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Vitae se bloquea tras %n minuto sin uso.</numerusform>
            <numerusform>Vitae se bloquea tras %n minutos sin uso.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trust list %1 cannot be read.</source>
        <translation>No se puede leer la lista de confianza %1.</translation>
    </message>
    <message>
        <source>The trust list is larger than %1 MB; Vitae does not read lists that big.</source>
        <translation>La lista de confianza supera los %1 MB; Vitae no lee listas tan grandes.</translation>
    </message>
    <message>
        <source>This trust list is already in your vault.</source>
        <translation>Esta lista de confianza ya está en tu bóveda.</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>No se añadió %1: %2</translation>
    </message>
    <message>
        <source>Added the trust list %1. Credentials checked from now on show its issuers as known.</source>
        <translation>Se añadió la lista de confianza %1. Las credenciales comprobadas a partir de ahora mostrarán sus emisores como conocidos.</translation>
    </message>
    <message>
        <source>The trust list was removed.</source>
        <translation>Se quitó la lista de confianza.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Elige dónde guardar la copia de seguridad.</translation>
    </message>
    <message>
        <source>Save the backup outside the vault&apos;s own folder, ideally on another drive or device.</source>
        <translation>Guarda la copia de seguridad fuera de la carpeta de la bóveda, a ser posible en otra unidad u otro dispositivo.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name for the backup.</source>
        <translation>%1 es una carpeta; elige un nombre de archivo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the backup.</source>
        <translation>Elige una frase de contraseña para la copia de seguridad.</translation>
    </message>
    <message>
        <source>The two backup passphrases are not the same.</source>
        <translation>Las dos frases de contraseña de la copia no son iguales.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess for a file that holds your whole vault. Add more words.</source>
        <translation>Esta frase de contraseña es demasiado fácil de adivinar para un archivo que contiene toda tu bóveda. Añade más palabras.</translation>
    </message>
    <message numerus="yes">
        <source>Saved a backup of %n credential(s) to %1. Keep the backup passphrase safe: without it the backup cannot be restored.</source>
        <translation>
            <numerusform>Se guardó una copia de seguridad de %n credencial en %1. Guarda bien la frase de contraseña de la copia: sin ella no se puede restaurar.</numerusform>
            <numerusform>Se guardó una copia de seguridad de %n credenciales en %1. Guarda bien la frase de contraseña de la copia: sin ella no se puede restaurar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Elige el archivo de copia de seguridad que restaurar.</translation>
    </message>
    <message>
        <source>Choose a folder for the restored vault.</source>
        <translation>Elige una carpeta para la bóveda restaurada.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>Escribe la frase de contraseña de la copia de seguridad.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the restored vault.</source>
        <translation>Elige una frase de contraseña para la bóveda restaurada.</translation>
    </message>
    <message>
        <source>The two passphrases for the restored vault are not the same.</source>
        <translation>Las dos frases de contraseña de la bóveda restaurada no son iguales.</translation>
    </message>
    <message>
        <source>Vitae vault restored %1</source>
        <translation>Bóveda de Vitae restaurada %1</translation>
    </message>
    <message>
        <source>Restore into a new folder, not the folder of the vault you have open.</source>
        <translation>Restaura en una carpeta nueva, no en la carpeta de la bóveda que tienes abierta.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n credential(s) from a backup made on %1 into a new vault in %2. Your open vault was not changed. To use the restored vault, start Vitae with --vault and that folder.</source>
        <translation>
            <numerusform>Se restauró %n credencial de una copia de seguridad hecha el %1 en una bóveda nueva en %2. Tu bóveda abierta no cambió. Para usar la bóveda restaurada, inicia Vitae con --vault y esa carpeta.</numerusform>
            <numerusform>Se restauraron %n credenciales de una copia de seguridad hecha el %1 en una bóveda nueva en %2. Tu bóveda abierta no cambió. Para usar la bóveda restaurada, inicia Vitae con --vault y esa carpeta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitae::gui::ShareViewModel</name>
    <message>
        <source>the whole credential</source>
        <translation>la credencial completa</translation>
    </message>
    <message>
        <source>only what the issuer always shows</source>
        <translation>solo lo que el emisor muestra siempre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A hosted badge is not signed, so it cannot be presented.</source>
        <translation>Una insignia alojada no está firmada, así que no se puede presentar.</translation>
    </message>
    <message>
        <source>Choose what to show. Unticked claims stay private; what the issuer made always visible is shown.</source>
        <translation>Elige qué mostrar. Las afirmaciones sin marcar siguen siendo privadas; se muestra lo que el emisor hizo siempre visible.</translation>
    </message>
    <message>
        <source>This credential is shared whole: its format does not let you hide parts of it.</source>
        <translation>Esta credencial se comparte entera: su formato no permite ocultar partes.</translation>
    </message>
    <message>
        <source>a verifier (no domain given)</source>
        <translation>un verificador (sin dominio)</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>código QR</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <source>Choose at least one credential to share.</source>
        <translation>Elige al menos una credencial para compartir.</translation>
    </message>
    <message>
        <source>Type the challenge the verifier gave you, so this presentation works only for them.</source>
        <translation>Escribe el desafío que te dio el verificador, para que esta presentación solo sirva para él.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>This presentation is too large for a QR code. Save it as a file and send that instead.</source>
        <translation>Esta presentación es demasiado grande para un código QR. Guárdala como archivo y envía ese archivo.</translation>
    </message>
    <message>
        <source>Choose a file on this device.</source>
        <translation>Elige un archivo de este dispositivo.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1. It is in your share log.</source>
        <translation>Guardada en %1. Está en tu registro de compartidos.</translation>
    </message>
    <message>
        <source>The link is copied: paste it into an e-mail or a chat. It is in your share log.</source>
        <translation>Se copió el enlace: pégalo en un correo o en un chat. Está en tu registro de compartidos.</translation>
    </message>
    <message>
        <source>a verifier&apos;s request</source>
        <translation>una solicitud de un verificador</translation>
    </message>
</context>
<context>
    <name>vitae::gui::SkillsViewModel</name>
    <message>
        <source>In your and your issuers&apos; own words</source>
        <translation>Con tus palabras y las de tus emisores</translation>
    </message>
    <message>
        <source>Backed by a credential someone else issued</source>
        <translation>Respaldada por una credencial que emitió otra persona</translation>
    </message>
    <message>
        <source>Only self-asserted so far</source>
        <translation>Por ahora solo autodeclarada</translation>
    </message>
</context>
<context>
    <name>vitae::gui::VaultWorker</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Unlock your vault first; the link waits for you.</source>
        <translation>Desbloquea primero tu bóveda; el enlace te espera.</translation>
    </message>
    <message>
        <source>%1 asks for the transaction code it sent you</source>
        <translation>%1 pide el código de transacción que te envió</translation>
    </message>
    <message numerus="yes">
        <source> (%n digits)</source>
        <translation>
            <numerusform> (%n dígito)</numerusform>
            <numerusform> (%n dígitos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n characters)</source>
        <translation>
            <numerusform> (%n carácter)</numerusform>
            <numerusform> (%n caracteres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitae::gui::VerifierViewModel</name>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Made for your challenge by the holder, and every credential checks out.</source>
        <translation>Hecha para tu desafío por el titular, y todas las credenciales son correctas.</translation>
    </message>
    <message>
        <source>Verified, with warnings</source>
        <translation>Verificada, con advertencias</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>No verificada</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <source>(unreadable credential)</source>
        <translation>(credencial ilegible)</translation>
    </message>
    <message>
        <source>A presentation from a link is loaded. Type the challenge you gave the learner: it verifies only against the challenge it was made for.</source>
        <translation>Se cargó una presentación desde un enlace. Escribe el desafío que diste a la persona: solo se verifica con el desafío para el que se hizo.</translation>
    </message>
    <message>
        <source>Choose a file on this device.</source>
        <translation>Elige un archivo de este dispositivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a presentation.</source>
        <translation>%1 es demasiado grande para ser una presentación.</translation>
    </message>
    <message>
        <source>This is not a presentation link.</source>
        <translation>No es un enlace de presentación.</translation>
    </message>
    <message>
        <source>The presentation link cannot be read: %1</source>
        <translation>No se puede leer el enlace de presentación: %1</translation>
    </message>
    <message>
        <source>Paste the presentation, or open its file.</source>
        <translation>Pega la presentación o abre su archivo.</translation>
    </message>
    <message>
        <source>Type the challenge you gave the learner, or make a new one first.</source>
        <translation>Escribe el desafío que diste a la persona o crea uno nuevo primero.</translation>
    </message>
</context>
</TS>
