## Partnergewinnung: „Partner werden“, die Bestätigung per E-Mail, die Prüfwarteschlange

apply-title = Partner werden
apply-lead = Erzählen Sie uns von Ihrem Unternehmen. Ein Channel-Manager prüft jede Bewerbung, in der Regel innerhalb von zwei Werktagen.
apply-choose = Auswählen…
apply-section-company = Ihr Unternehmen
apply-section-specialisations = Spezialisierungen
apply-section-contact = Hauptansprechpartner
apply-field-legal-name = Offizieller Firmenname
apply-field-website = Website
apply-field-website-hint = Zum Beispiel www.beispiel.de
apply-field-country = Land
apply-field-type = Partnertyp
apply-field-revenue = Erwarteter Jahresumsatz mit unseren Produkten
apply-field-tax-id = USt-IdNr. oder Steuernummer
apply-field-tax-id-hint = Optional; Buchstaben, Ziffern, Leerzeichen, Punkte, Schrägstriche und Bindestriche.
apply-field-contact-name = Vollständiger Name
apply-field-contact-email = Geschäftliche E-Mail-Adresse
apply-field-contact-email-hint = Wir senden Ihnen einen Link zur Bestätigung; Ihre Bewerbung erreicht uns, sobald Sie ihn öffnen.
apply-field-contact-phone = Telefon
apply-field-message = Gibt es noch etwas, das wir wissen sollten?
apply-field-message-hint = Optional: Ihre Kunden, Ihr Team, warum Sie Partner werden möchten.
apply-trap = Lassen Sie dieses Feld leer
apply-privacy = Wir verwenden diese Angaben nur, um Ihre Bewerbung zu prüfen und Sie dazu zu kontaktieren.
apply-submit = Bewerbung senden
apply-sent = Vielen Dank. Sofern die Angaben vollständig waren, haben wir einen Bestätigungslink an die angegebene E-Mail-Adresse gesendet.
apply-sent-more = Öffnen Sie den Link innerhalb von 72 Stunden, um Ihre Bewerbung an unser Channel-Team zu senden. Nichts angekommen? Sehen Sie in Ihrem Spam-Ordner nach, oder bewerben Sie sich erneut.
apply-have-account = Bereits Partner?
apply-confirm-title = E-Mail-Adresse bestätigen
apply-confirm-lead = Bestätigen Sie Ihre E-Mail-Adresse, um Ihre Bewerbung an unser Channel-Team zu senden.
apply-confirm-submit = Bestätigen und Bewerbung senden
apply-confirmed = Ihre E-Mail-Adresse ist bestätigt, und Ihre Bewerbung liegt unserem Channel-Team vor.
apply-confirmed-more = Wir melden uns bei Ihnen, sobald sie geprüft wurde, in der Regel innerhalb von zwei Werktagen.

app-revenue-under-1m = Unter 1 Million
app-revenue-1m-10m = 1 bis 10 Millionen
app-revenue-10m-50m = 10 bis 50 Millionen
app-revenue-over-50m = Über 50 Millionen
app-spec-cloud = Cloud
app-spec-security = Sicherheit
app-spec-networking = Netzwerke
app-spec-data = Daten und Analytics
app-spec-collaboration = Collaboration
app-spec-devices = Endgeräte

app-status-unconfirmed = E-Mail nicht bestätigt
app-status-pending = Wartet auf Prüfung
app-status-approved = Genehmigt
app-status-declined = Abgelehnt

app-error-partner-type = Wählen Sie aus, welche Art von Partner Sie sind.
app-error-specialisation = Wählen Sie Spezialisierungen aus der Liste.
app-error-revenue-band = Wählen Sie eine Umsatzklasse.
app-error-tax-id = Verwenden Sie Buchstaben, Ziffern, Leerzeichen, Punkte, Schrägstriche und Bindestriche (höchstens 60).
app-error-phone = Verwenden Sie nur Ziffern, Leerzeichen und + - ( ) . (höchstens 60).
app-error-message = Die Nachricht darf höchstens { $max } Zeichen lang sein.
app-error-too-many = Zu viele Bewerbungen aus Ihrem Netzwerk. Versuchen Sie es in { $minutes ->
    [one] einer Minute
   *[other] { $minutes } Minuten
    } erneut.
app-error-link = Dieser Link ist nicht mehr gültig: Er wurde bereits verwendet oder ist abgelaufen. Bewerben Sie sich erneut, um einen neuen zu erhalten.
app-error-reason = Geben Sie dem Bewerber eine Begründung (mindestens 3 Zeichen).
app-error-reason-long = Die Begründung darf höchstens { $max } Zeichen lang sein.
app-error-manager = Wählen Sie den Channel-Manager, der den neuen Partner betreut.
app-error-decided = Über diese Bewerbung wurde bereits entschieden; laden Sie die Seite neu, um die Entscheidung zu sehen.
app-error-contact-taken = Für die E-Mail-Adresse des Ansprechpartners besteht bereits ein Konto. Lehnen Sie die Bewerbung ab, oder bitten Sie die Person, eine andere Adresse zu verwenden.

app-mail-confirm-subject = Bestätigen Sie Ihre Partnerbewerbung
app-mail-confirm-body = Guten Tag { $name },

    vielen Dank, dass Sie sich mit { $company } als Partner beworben haben.

    Bestätigen Sie Ihre E-Mail-Adresse, um die Bewerbung an unser Channel-Team zu senden (der Link kann einmal verwendet werden und ist { $hours } Stunden lang gültig):
    { $link }

    Falls Sie sich nicht beworben haben, können Sie diese E-Mail ignorieren: Ohne Bestätigung wird nichts gesendet.
app-mail-declined-subject = Ihre Partnerbewerbung
app-mail-declined-body = Guten Tag { $name },

    vielen Dank für Ihr Interesse an unserem Partnerprogramm. Wir haben die Bewerbung von { $company } geprüft und können sie derzeit leider nicht annehmen.

    Die Begründung unseres Channel-Teams:
    { $reason }

    Wenn sich etwas ändert, können Sie sich gern erneut bewerben.
app-notify-title = Neue Partnerbewerbung: { $company }
app-notify-body = { $company } hat sich für das Partnerprogramm beworben und seine E-Mail-Adresse bestätigt. Die Bewerbung wartet in der Prüfwarteschlange.

apps-title = Partnerbewerbungen
apps-lead = Unternehmen, die sich auf der Seite „Partner werden“ beworben und ihre E-Mail-Adresse bestätigt haben. Nichts wird ohne die Entscheidung einer Person genehmigt.
apps-tabs-label = Bewerbungen nach Status
apps-empty-title = Hier ist nichts
apps-empty-text = Keine Bewerbungen in dieser Liste.
apps-col-company = Unternehmen
apps-col-type = Typ
apps-col-revenue = Erwarteter Umsatz
apps-col-contact = Ansprechpartner
apps-col-waiting = Wartet seit
apps-col-decided = Entschieden
apps-link = Bewerbungen
app-page-title = Partnerbewerbung
app-doc-title = Bewerbung: { $company }
app-section-company = Unternehmen
app-fact-applied = Eingereicht
app-fact-confirmed = E-Mail bestätigt
app-section-duplicates = Mögliche Duplikate
app-no-duplicates = Kein Partner, keine Person und keine andere Bewerbung ähnelt dieser.
app-dup-same-domain = Gleiche Website-Domain
app-dup-similar-name = Ähnlicher Firmenname
app-dup-known-person = Ansprechpartner hat ein Konto
app-dup-other-application = Andere Bewerbung
app-approve-title = Genehmigen
app-approve-lead = Legt das Partnerunternehmen in der Einstiegsstufe des Programms an, weist ihm seinen Channel-Manager zu und lädt den Ansprechpartner als Partner-Administrator ein.
app-field-company-name = Name des Unternehmens im Portal
app-field-region = Region
app-field-manager = Channel-Manager
app-approve-submit = Genehmigen und einladen
app-decline-title = Ablehnen
app-field-reason = Begründung
app-field-reason-hint = Wird dem Bewerber unverändert per E-Mail gesendet.
app-decline-submit = Ablehnen und Begründung per E-Mail senden
app-notice-declined = Die Bewerbung wurde abgelehnt und die Begründung per E-Mail gesendet.
app-decision-title = Entscheidung
app-fact-decision = Entscheidung
app-fact-decided = Entschieden
app-fact-company = Partnerunternehmen
app-open-company = Unternehmen öffnen
login-apply = Neu hier?
login-apply-link = Partner werden

## Programmbedingungen

terms-blocked = Ihr Unternehmen hat die Bedingungen des Partnerprogramms (Version { $version }) noch nicht akzeptiert. Ein Partner-Administrator Ihres Unternehmens akzeptiert sie auf der Startseite; bis dahin ist nur die Startseite zugänglich.
terms-card-title = Programmbedingungen, Version { $version }
terms-card-admin = Bitte prüfen und akzeptieren Sie „{ $title }“ für Ihr Unternehmen. Bis dahin kann Ihr Team nur diese Seite verwenden.
terms-card-user = Der Partner-Administrator Ihres Unternehmens muss „{ $title }“ akzeptieren, bevor Ihr Team das übrige Portal verwenden kann.
terms-card-review = Prüfen und akzeptieren
terms-card-read = Bedingungen lesen
terms-page-title = Programmbedingungen
terms-eyebrow = Programmbedingungen · Version { $version }
terms-published = Veröffentlicht am { $date }
terms-none-title = Noch keine Programmbedingungen
terms-none-text = Der Hersteller hat keine Programmbedingungen veröffentlicht.
terms-accept-lead = Mit dem Akzeptieren stimmen Sie diesen Bedingungen für Ihr gesamtes Unternehmen zu. Ihr Name, der Zeitpunkt und Ihre Netzwerkadresse werden gespeichert.
terms-accept-submit = Version { $version } für mein Unternehmen akzeptieren
terms-accepted-by = Für Ihr Unternehmen akzeptiert von { $name } am { $date }.
terms-accepted-notice = Vielen Dank: Die Bedingungen sind akzeptiert, und das gesamte Portal steht Ihrem Team offen.
terms-ask-admin = Nur ein Partner-Administrator Ihres Unternehmens kann die Bedingungen akzeptieren.
terms-error-newer = Während diese Seite geöffnet war, wurde eine neuere Version ({ $version }) veröffentlicht. Lesen und akzeptieren Sie bitte diese Version.
terms-admin-title = Programmbedingungen
terms-admin-lead = Jedes Partnerunternehmen akzeptiert die aktuelle Version über einen seiner Partner-Administratoren, bevor es das Portal über seine Startseite hinaus nutzt. Bei jeder neuen Version wird jedes Unternehmen erneut gefragt.
terms-admin-link = Programmbedingungen
terms-versions-title = Versionen
terms-col-version = Version
terms-col-published = Veröffentlicht
terms-col-accepted = Unternehmen mit Zustimmung
terms-acceptances-title = Zustimmungen zu Version { $version }
terms-acceptances-none = Noch kein Unternehmen hat diese Version akzeptiert.
terms-col-company = Unternehmen
terms-col-by = Akzeptiert von
terms-col-at = Zeitpunkt (Ihre Zeitzone)
terms-col-ip = Netzwerkadresse
terms-publish-title = Neue Version veröffentlichen
terms-publish-lead = Die neue Version ersetzt die aktuelle sofort: Jedes Partnerunternehmen muss sie akzeptieren, bevor seine Mitarbeiter das Portal über die Startseite hinaus nutzen können.
terms-field-title = Titel
terms-field-body = Bedingungen (Markdown)
terms-field-body-hint = Überschriften (#), Listen, Fettdruck, Links und Tabellen. HTML wird entfernt.
terms-publish-submit = Veröffentlichen
terms-published-notice = Die neue Version ist veröffentlicht; jedes Partnerunternehmen wird gebeten, sie zu akzeptieren.
terms-error-title = Geben Sie den Bedingungen einen Titel mit 3 bis { $max } Zeichen.
terms-error-body-short = Geben Sie den Text der Bedingungen ein (mindestens 20 Zeichen).
terms-error-body-long = Die Bedingungen dürfen höchstens { $max } Zeichen lang sein.

## Die ersten Schritte eines neuen Partners und die Anlaufzeit

checklist-title = Erste Schritte
checklist-progress = { $done } von { $total } Schritten erledigt
checklist-terms = Programmbedingungen akzeptieren
checklist-colleagues = Kolleginnen und Kollegen einladen
checklist-first-deal = Ersten Deal registrieren
checklist-done = (erledigt)
ramp-title = Anlaufzeit
ramp-lead = Tage von der Genehmigung bis zum ersten registrierten Deal des Partners, Median je Genehmigungsmonat.
ramp-col-month = Genehmigungsmonat
ramp-col-approved = Genehmigt
ramp-col-registered = Deal registriert
ramp-col-median = Median der Zeit bis zum ersten Deal
ramp-days = { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
    }
ramp-none = In den letzten 12 Monaten wurde kein Partner genehmigt.
apps-col-terms = Bedingungen
apps-col-people = Personen
apps-col-first-deal = Erster Deal nach
apps-terms-accepted = Akzeptiert
apps-terms-waiting = Noch nicht
