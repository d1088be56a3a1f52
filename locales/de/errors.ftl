# Fehler: was schiefgelaufen ist und was zu tun ist, in ein oder zwei kurzen Sätzen.

error-unauthenticated = Bitte melden Sie sich an, um fortzufahren.
error-forbidden = Sie haben hierauf keinen Zugriff.
error-not-found = Nicht gefunden.
error-internal = Bei uns ist ein Fehler aufgetreten. Referenz: { $reference }
error-request = Die Anfrage wurde nicht verstanden.
error-request-detail = Die Anfrage wurde nicht verstanden: { $detail }
error-method = Diese Methode wird hier nicht unterstützt.
error-language = Wählen Sie eine der angebotenen Sprachen.

## Die Fehlerseite
error-panel-not-found = Nicht gefunden
error-panel-not-found-text = Diese Seite oder dieser Datensatz existiert nicht, oder Sie haben keinen Zugriff darauf.
error-panel-no-access = Kein Zugriff
error-panel-no-access-text = Diese Seite ist für Ihre Rolle nicht freigegeben.
error-panel-sign-in = Bitte melden Sie sich an
error-panel-sign-in-text = Ihre Sitzung wurde beendet.
error-panel-failed = Etwas ist schiefgelaufen

## Feldregeln
error-email-empty = Geben Sie eine E-Mail-Adresse ein.
error-email-long = Diese E-Mail-Adresse ist zu lang.
error-email-shape = Geben Sie eine E-Mail-Adresse wie name@firma.de ein.
error-name-empty = Geben Sie einen Namen ein.
error-text-long = Verwenden Sie höchstens { $max } Zeichen.
error-text-characters = Der Text enthält unzulässige Zeichen.
error-password-short = Verwenden Sie mindestens { $min } Zeichen.
error-password-long = Verwenden Sie höchstens { $max } Zeichen.
error-website-long = Diese Website-Adresse ist zu lang.
error-website-shape = Geben Sie eine Website wie beispiel.de ein.
error-country = Wählen Sie ein Land.
error-region = Wählen Sie eine Region.
error-money-empty = Geben Sie den geschätzten Wert ein.
error-money-shape = Geben Sie eine Zahl wie 25000 oder 25.000,50 ein.
error-money-large = Dieser Wert ist für einen einzelnen Deal zu hoch.
error-money-positive = Der Wert muss größer als null sein.
error-password-common = Dieses Passwort ist zu verbreitet. Wählen Sie eines, das schwerer zu erraten ist.
error-password-email = Verwenden Sie nicht Ihre E-Mail-Adresse als Passwort.

## Statuswechsel (Bezeichnung des Datensatzes und Status sind eigene Nachrichten)
workflow-not-allowed = Dieser { $noun } hat den Status „{ $from }“ und kann derzeit nicht in den Status „{ $to }“ wechseln. Laden Sie die Seite neu, um den aktuellen Stand zu sehen.
workflow-stale = Jemand hat diesen { $noun } gerade geändert. Laden Sie die Seite neu, um die aktuelle Version zu sehen.
error-time-zone = Wählen Sie eine der angebotenen Zeitzonen.

## Hochgeladene Dateien (jede Meldung beginnt mit dem Dateinamen)
error-upload-empty = { $name }: Die Datei ist leer.
error-upload-large = { $name }: Die Datei ist größer als { $mb } MB.
error-upload-type = { $name }: Es werden nur PDF-, PNG-, JPEG-, CSV- und XLSX-Dateien angenommen.
error-upload-content = { $name }: Der Inhalt der Datei ist keine { $kind }-Datei, auch wenn ihr Name das nahelegt.
error-upload-csv-utf8 = { $name }: Die CSV-Datei ist kein UTF-8-Text. Speichern Sie sie als „CSV UTF-8“.
error-upload-csv-binary = { $name }: Die CSV-Datei enthält Binärdaten; sie ist keine Textdatei.
error-upload-csv-markup = { $name }: Die Datei ist eine Webseite oder ein Bild, keine CSV-Datei.
error-upload-xlsx = { $name }: Der Inhalt der Datei ist keine XLSX-Arbeitsmappe.
error-upload-zip64 = { $name }: Zip64-Archive werden nicht angenommen.
error-upload-xlsx-parts = { $name }: Die Arbeitsmappe besteht aus zu vielen Teilen.
error-upload-zip-bomb = { $name }: Die Arbeitsmappe wird beim Entpacken um ein Vielfaches größer als die Datei (eine Zip-Bombe?); sie wurde abgewiesen.
error-upload-xlsx-large = { $name }: Die Arbeitsmappe ist entpackt größer als { $mb } MB; sie wurde abgewiesen.

## CSV-Importe ($rows bezeichnet, was eine Zeile ist, im Plural: „Zuteilungen“)
error-import-unreadable-line = Zeile { $line }: Die Datei konnte nicht gelesen werden ({ $detail }).
error-import-unreadable = Die Datei konnte nicht gelesen werden ({ $detail }).
error-import-open-quote = Zeile { $line }: Ein Feld in Anführungszeichen wird nicht geschlossen (ein Anführungszeichen innerhalb eines Feldes wird doppelt geschrieben: "").
error-import-empty = Die Datei ist leer. Die erste Zeile muss die Spaltennamen enthalten: { $columns }.
# $required: die Pflichtspalten außer der letzten, durch Kommas getrennt; $required_last: die letzte (für die optionalen ebenso).
error-import-columns = Die erste Zeile muss { $required_count ->
        [one] die Spalte { $required_last }
       *[other] die Spalten { $required } und { $required_last }
    } benennen{ $optional_count ->
        [0] {""}
        [one] {" "}({ $optional_last } ist optional)
       *[other] {" "}({ $optional } und { $optional_last } sind optional)
    }.
error-import-no-rows = Die Datei hat eine Kopfzeile, aber keine { $rows }.
error-import-too-many = Höchstens { $max } { $rows } pro Upload; diese Datei enthält mehr.
error-import-choose = Wählen Sie eine CSV-Datei oder fügen Sie ihre Zeilen ein.
error-import-csv-empty = Die CSV-Datei ist leer.
error-import-not-text = Die Datei ist keine Text-CSV (sie enthält ein NUL-Byte). Exportieren Sie sie erneut als CSV.
error-import-applied = Dieser Upload wurde bereits übernommen.

## Der Produktkatalog
error-sku-shape = Eine SKU besteht aus 1 bis 40 Buchstaben, Ziffern, - oder _.
error-sku-taken = Ein anderes Produkt hat bereits diese SKU.

error-upload-interrupted = Der Upload wurde unterbrochen oder war zu groß.
error-upload-too-large = Die Datei ist größer als { $mb } MB.
