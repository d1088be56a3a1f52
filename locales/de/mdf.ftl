
## Bezeichnungen gespeicherter Werte (string_enum!)
mdf-status-submitted = Genehmigung ausstehend
mdf-status-returned = Zur Überarbeitung zurückgegeben
mdf-status-declined = Abgelehnt
mdf-status-cancelled = Storniert
mdf-status-approved = Genehmigt
mdf-status-claimed = Erstattungsantrag in Prüfung
mdf-status-changes-requested = Erstattungsantrag: Änderungen nötig
mdf-status-claim-rejected = Erstattungsantrag abgelehnt
mdf-status-claim-approved = Erstattungsantrag genehmigt
mdf-status-reimbursed = Erstattet
mdf-status-expired = Frist für Erstattungsantrag abgelaufen
activity-type-event = Veranstaltung
activity-type-webinar = Webinar
activity-type-digital = Digitale Kampagne
activity-type-syndication = Content-Syndizierung
activity-type-training = Schulung
activity-type-other = Sonstiges
entry-kind-allocation = Zuteilung
entry-kind-commitment = Genehmigter MDF-Antrag
entry-kind-release = Freigabe gebundener Mittel
entry-kind-claim = Genehmigter Erstattungsantrag
entry-kind-reimbursement = Erstattung
entry-kind-expiry = Zum Periodenende verfallen

## Wie ein Antrag genannt wird (in Statusmeldungen: „Dieser Antrag ist …“)
mdf-noun = Antrag

## Wie es weitergeht, aus Sicht des Partners
mdf-next-submitted = Ihr Channel-Manager prüft den Antrag.
mdf-next-returned = Ändern Sie den Antrag und reichen Sie ihn erneut ein.
mdf-next-declined = Abgelehnt; dieser Antrag ist abgeschlossen.
mdf-next-cancelled = Storniert; es ist nichts weiter zu tun.
mdf-next-approved = Führen Sie die Aktivität durch und reichen Sie dann vor Ablauf der Frist einen Erstattungsantrag mit Leistungsnachweis ein.
mdf-next-claimed = Ihr Erstattungsantrag wird geprüft.
mdf-next-changes-requested = Ändern Sie den Erstattungsantrag wie gewünscht und reichen Sie ihn erneut ein.
mdf-next-claim-rejected = Der Erstattungsantrag wurde abgelehnt; die Mittel wurden Ihrem Guthaben wieder gutgeschrieben.
mdf-next-claim-approved = Zur Auszahlung genehmigt; die Finanzabteilung zahlt den Betrag aus.
mdf-next-reimbursed = Ausgezahlt.
mdf-next-expired = Es wurde nicht rechtzeitig ein Erstattungsantrag eingereicht; die Mittel wurden Ihrem Guthaben wieder gutgeschrieben.
mdf-claim-by = Erstattungsantrag bis { $date }

## Ablehnungen durch das Hauptbuch ($available: ein Betrag)
mdf-ledger-zero = Der Betrag darf nicht null sein.
mdf-ledger-short-allocation = Nicht genügend Mittel für diese Zuteilung: { $available } verfügbar.
mdf-ledger-short-commitment = Nicht genügend Mittel für diesen genehmigten Antrag: { $available } verfügbar.
mdf-ledger-short-release = Nicht genügend Mittel für diese Freigabe gebundener Mittel: { $available } verfügbar.
mdf-ledger-short-claim = Nicht genügend Mittel für diesen genehmigten Erstattungsantrag: { $available } verfügbar.
mdf-ledger-short-reimbursement = Nicht genügend Mittel für diese Erstattung: { $available } verfügbar.
mdf-ledger-short-expiry = Nicht genügend Mittel für diesen Verfall zum Periodenende: { $available } verfügbar.
mdf-ledger-funds-expired = Nicht genutzte Mittel für { $period } sind zum Periodenende verfallen.

## Die Regeln des Antragsformulars
mdf-activity-choose = Wählen Sie die Art der Aktivität.
mdf-title-empty = Geben Sie der Aktivität einen Titel.
mdf-title-long = Der Titel muss unter 150 Zeichen bleiben.
mdf-description-long = Die Beschreibung muss unter 4.000 Zeichen bleiben.
mdf-starts-empty = Geben Sie den ersten Tag der Aktivität ein.
mdf-ends-empty = Geben Sie den letzten Tag der Aktivität ein.
mdf-ends-before = Die Aktivität kann nicht enden, bevor sie beginnt.
mdf-too-long = Eine Aktivität darf höchstens ein Jahr dauern.
mdf-ended-long-ago = Diese Aktivität endete vor mehr als einem Jahr.
mdf-too-far = Das liegt mehr als zwei Jahre in der Zukunft.
mdf-whole-number = Geben Sie eine ganze Zahl ein oder lassen Sie das Feld leer.
mdf-amount-over-cost = Der beantragte Betrag darf die Gesamtkosten nicht übersteigen.
mdf-amount-over-share = Das Programm erstattet bis zu { $percent } % der Kosten: höchstens { $max } für diese Aktivität.
mdf-amount-over-balance = Von Ihrem MDF-Guthaben sind nur { $available } für Anträge verfügbar.
mdf-amount-contribution = Ihr Eigenanteil und der beantragte Betrag ergeben zusammen mehr als die Gesamtkosten.
mdf-no-funds = Ihrem Unternehmen sind für diesen Zeitraum noch keine MDF-Mittel zugeteilt. Ihr Channel-Manager kann sie zuteilen.
mdf-edit-not-returned = Nur ein zur Überarbeitung zurückgegebener Antrag kann bearbeitet werden.
# $status: die Statusbezeichnung des Antrags
mdf-edit-status = Dieser Antrag hat den Status „{ $status }“; nur ein zur Überarbeitung zurückgegebener Antrag kann bearbeitet werden.
mdf-status-filter = Unbekannter Statusfilter.

## Entscheidungen, Erstattungsanträge und Zahlungen
mdf-decision-unknown = Unbekannte Entscheidung.
mdf-reason-return = Geben Sie an, warum der Antrag zurückgegeben wird; der Partner sieht die Begründung.
mdf-reason-decline = Geben Sie an, warum der Antrag abgelehnt wird; der Partner sieht die Begründung.
mdf-reason-claim-changes = Geben Sie an, warum der Erstattungsantrag geändert werden muss; der Partner sieht die Begründung.
mdf-reason-claim-reject = Geben Sie an, warum der Erstattungsantrag abgelehnt wird; der Partner sieht die Begründung.
mdf-approve-over-request = Genehmigen Sie höchstens den beantragten Betrag.
mdf-approve-partial-reason = Geben Sie an, warum weniger als beantragt genehmigt wird; der Partner sieht die Begründung.
mdf-approve-over-available = Von den Mitteln dieses Partners sind nur { $available } verfügbar; genehmigen Sie weniger oder geben Sie den Antrag zurück.
mdf-leads-whole = Geben Sie die Anzahl der Leads als ganze Zahl ein.
mdf-claim-too-early = Erstattungsanträge werden eingereicht, sobald die Aktivität stattgefunden hat; ihr letzter Tag ist der { $date }.
mdf-claim-too-late = Die Frist für Erstattungsanträge zu dieser Aktivität endete am { $date }; spätere Erstattungsanträge werden nicht angenommen. Die genehmigten Mittel werden Ihrem Guthaben wieder gutgeschrieben.
mdf-claim-no-proof = Fügen Sie zuerst einen Leistungsnachweis bei: eine Rechnung, Fotos oder die Teilnehmer- bzw. Lead-Liste.
mdf-claim-over-cap = Höchstens { $cap }: begrenzt durch den genehmigten Antrag und { $percent } % der tatsächlichen Kosten.
mdf-payment-reference-empty = Geben Sie die Referenz der Zahlung ein (Überweisungs- oder Gutschriftsnummer).
mdf-paid-on = Geben Sie das Zahlungsdatum ein (nicht in der Zukunft).

## Leistungsnachweis (Uploads)
# $status: die Statusbezeichnung des Antrags
mdf-proof-closed = Dieser Antrag hat den Status „{ $status }“; Nachweise können nur hinzugefügt werden, solange sein Erstattungsantrag offen ist.
mdf-proof-deadline = Die Frist für Erstattungsanträge zu dieser Aktivität endete am { $date }.
mdf-proof-max = Ein Erstattungsantrag umfasst höchstens { $max } Dateien; entfernen Sie zuerst eine.
mdf-proof-submitted = Dateien eines eingereichten Erstattungsantrags bleiben bei diesem.
mdf-upload-multipart = Senden Sie die Dateien als multipart/form-data.
mdf-upload-unreadable = Der Upload konnte nicht gelesen werden.
mdf-upload-request-first = Geben Sie an, zu welchem Antrag die Datei gehört (request_id zuerst).
mdf-upload-choose = Wählen Sie eine Datei zum Hochladen.
mdf-upload-csv-multipart = Senden Sie die CSV-Datei als multipart/form-data.
mdf-upload-csv-utf8 = Die CSV-Datei ist kein UTF-8-Text. Speichern Sie sie als „CSV UTF-8“.
mdf-upload-csv-choose = Wählen Sie eine CSV-Datei.
mdf-download-which = Welche Datei? Geben Sie ihre ID an.

## Verlaufsnotizen des Portals (Beträge in der Währung des Antrags)
mdf-note-claimed = Erstattung über { $claimed } beantragt: { $percent } % der tatsächlichen Kosten von { $cost }.
mdf-note-released = Von den gebundenen { $committed } werden { $released } dem Guthaben wieder gutgeschrieben.
mdf-note-payment = Zahlungsreferenz { $reference }.
# $reason: was der Hersteller geschrieben hat
mdf-note-partial = { $approved } der beantragten { $requested } genehmigt. { $reason }
mdf-note-cancelled = Vom Partner storniert.
mdf-note-resubmitted = Geändert und erneut eingereicht.
mdf-note-expired = Vor Ablauf der Frist wurde kein Erstattungsantrag eingereicht; die Mittel wurden dem Guthaben wieder gutgeschrieben.
mdf-note-escalated = Entscheidungsfrist überschritten; Hersteller-Administratoren benachrichtigt.

## Benachrichtigungen und E-Mails ($status: die Bezeichnung des neuen Status; $amount: ein Betrag)
mdf-notify-title = { $status }: { $title }
mdf-notify-request-title = MDF-Antrag: { $title }
mdf-notify-claim-title = MDF-Erstattungsantrag: { $title }
mdf-notify-asks = { $company } beantragt { $amount } ({ $activity }).
mdf-notify-body = { $status }
mdf-notify-body-amount = { $status } · { $amount }
# $note: was der Hersteller oder der Partner geschrieben hat
mdf-notify-body-note = { $status }
    { $note }
mdf-notify-body-amount-note = { $status } · { $amount }
    { $note }
# Die Statuszeile, dann die Verlaufsnotiz (dieselbe Nachricht mit ihren Werten).
mdf-notify-claimed = { $status } · { $amount }
    { mdf-note-claimed }
mdf-notify-released = { $status } · { $amount }
    { mdf-note-released }
mdf-notify-payment = { $status } · { $amount }
    { mdf-note-payment }
mdf-notify-partial = { $status } · { $amount }
    { mdf-note-partial }
mdf-notify-resubmitted = { $status } · { $amount }
    { mdf-note-resubmitted }
mdf-notify-expired = { $status } · { $amount }
    { mdf-note-expired }
mdf-notify-cancelled = { $status }
    { mdf-note-cancelled }
mdf-notify-cancelled-amount = { $status } · { $amount }
    { mdf-note-cancelled }
mdf-overdue-request-title = Überfälliger MDF-Antrag: { $subject }
mdf-overdue-claim-title = Überfälliger MDF-Erstattungsantrag: { $subject }
mdf-overdue-request-body = Dieser MDF-Antrag wartet schon länger als die Entscheidungsfrist des Programms.
mdf-overdue-claim-body = Dieser MDF-Erstattungsantrag wartet schon länger als die Entscheidungsfrist des Programms.
mdf-allocated-title = MDF zugeteilt: { $amount } für { $period }
mdf-allocated-body = Ihrem Unternehmen stehen jetzt { $available } für Marketingaktivitäten zur Verfügung.
mdf-allocated-body-upload = Ihrem Unternehmen stehen neue Marketingmittel zur Verfügung.

## Zuteilungen: das Formular, die CSV-Datei und ihre Zeilen
mdf-period-shape = Geben Sie einen Zeitraum wie 2026-Q4 oder 2026 ein.
mdf-period-give = Geben Sie einen Zeitraum wie 2026-Q4 an.
mdf-currency-choose = Wählen Sie eine Währung aus der Liste.
mdf-fund-currency = Die Mittel dieses Unternehmens für { $period } lauten auf { $currency }; teilen Sie in dieser Währung zu.
mdf-fund-expired = Die Mittel für { $period } sind verfallen; teilen Sie Mittel für einen aktuellen Zeitraum zu.
# Was eine Zeile der Zuteilungs-CSV ist, im Plural (in den Fehlermeldungen zur CSV-Datei).
mdf-sheet-rows = Zuteilungen
mdf-csv-company-missing = Das Unternehmen fehlt.
mdf-csv-period = „{ $period }“ ist kein Zeitraum wie 2026-Q4 oder 2026.
# $error: warum der Betrag abgelehnt wurde
mdf-csv-amount = Betrag: { $error }
mdf-csv-currency = „{ $currency }“ ist keine Währung, die das Programm verwendet.
mdf-csv-no-company = Es gibt kein Partnerunternehmen namens „{ $company }“.
mdf-csv-ambiguous = „{ $company }“ passt auf mehrere Unternehmen; verwenden Sie die ID.
mdf-csv-expired = Die Mittel für { $period } sind verfallen.
mdf-csv-fund-currency = Die Mittel dieses Unternehmens für { $period } lauten auf { $currency }.
mdf-csv-reduction = Eine Kürzung, die die verfügbaren { $available } übersteigt.
mdf-csv-has-errors = Einige Zeilen enthalten Fehler; es wurde nichts übernommen. Korrigieren Sie die Datei und laden Sie sie erneut hoch.

## Die Regeln des Programms
mdf-settings-claim-days = Die Frist für Erstattungsanträge muss eine ganze Zahl von { $min } bis { $max } sein.
mdf-settings-max-percent = Der Erstattungsprozentsatz muss eine ganze Zahl von { $min } bis { $max } sein.
mdf-settings-sla-hours = Die Genehmigungsfrist muss eine ganze Zahl von { $min } bis { $max } sein.
mdf-settings-period = Wählen Sie Quartal oder Jahr.

## Gemeinsame Bausteine der Seiten
mdf-funds-link = Marketingmittel
mdf-request-funds = Mittel beantragen
mdf-queues-link = Warteschlangen
mdf-budgets-link = Budgets
mdf-balance-allocated = Zugeteilt
mdf-balance-available = Verfügbar
mdf-balance-committed = Gebunden
mdf-balance-claimed = Erstattung beantragt
mdf-balance-paid = Ausgezahlt
mdf-col-activity = Aktivität
mdf-col-partner = Partner
mdf-col-region = Region
mdf-col-status = Status
mdf-col-requested = Beantragt
mdf-col-approved = Genehmigt
mdf-col-claimed = Erstattung beantragt
mdf-col-to-pay = Auszuzahlen
mdf-col-next-step = Nächster Schritt
mdf-col-waiting-since = Wartet seit
mdf-col-clock = Frist

## Die Budgetkarte
mdf-balance-title = MDF-Guthaben
mdf-balance-none = Ihrem Unternehmen sind für diesen Zeitraum noch keine Mittel aus dem Marketing-Entwicklungsfonds (MDF) zugeteilt. Ihr Channel-Manager teilt sie zu.
mdf-balance-period = MDF-Guthaben · { $period }
mdf-balance-requestable = für Anträge verfügbar
mdf-balance-bar = Von { $allocated } zugeteilt: { $paid } ausgezahlt, { $claimed } zur Erstattung beantragt, { $committed } gebunden, { $available } verfügbar
mdf-balance-pending = In Anträgen, die auf Genehmigung warten
mdf-balance-expired = Verfallen
mdf-balance-expires = Nicht genutzte Mittel verfallen am Ende von { $period } ({ $date }).
mdf-balance-claims-due = { $count ->
    [one] { $count } Erstattungsantrag ist innerhalb von 14 Tagen fällig.
   *[other] { $count } Erstattungsanträge sind innerhalb von 14 Tagen fällig.
}
mdf-balance-file-them = Jetzt einreichen

## Die Antragsliste
mdf-list-title = Marketingmittel
mdf-list-lead-partner = Beantragen Sie Mittel für Marketingaktivitäten, lassen Sie sie sich mit Nachweis erstatten und sehen Sie, wo jeder Betrag steht.
mdf-list-lead-staff = MDF-Anträge und Erstattungsanträge der Partnerunternehmen, die Sie betreuen.
mdf-filter-label = Nach Status filtern
mdf-filter-open = Offen
mdf-filter-submitted = Genehmigung ausstehend
mdf-filter-approved = Erstattung ausstehend
mdf-filter-claimed = Erstattungsanträge in Prüfung
mdf-filter-reimbursed = Ausgezahlt
mdf-filter-all = Alle
mdf-list-empty-title = Keine Einträge
mdf-list-empty-partner = Keine Anträge mit diesem Status. Beantragen Sie Mittel für Ihre nächste Veranstaltung, Ihr nächstes Webinar oder Ihre nächste Kampagne.
mdf-list-empty-staff = Keine Anträge mit diesem Status.

## Das Antragsformular
mdf-new-page-title = Mittel beantragen
mdf-edit-page-title = Antrag ändern
mdf-new-heading = Marketingmittel beantragen
mdf-edit-heading = Antrag ändern
mdf-new-lead = Ihr Unternehmen und Ihr Name werden automatisch ergänzt. Mit * markierte Felder sind Pflichtfelder.
mdf-edit-lead = Ändern Sie, wonach Ihr Channel-Manager gefragt hat; beim Speichern wird der Antrag erneut eingereicht.
mdf-manager-asked = Ihr Channel-Manager fragt:
mdf-form-activity = Aktivität
mdf-form-kind = Art der Aktivität *
mdf-form-title = Titel *
mdf-form-title-hint = Zum Beispiel „Cloud-Security-Frühstück, München“.
mdf-form-first-day = Erster Tag *
mdf-form-last-day = Letzter Tag *
mdf-form-description = Was Sie vorhaben
mdf-form-description-hint = Zielgruppe, Kanäle, vorgestellte Produkte des Herstellers.
mdf-form-money = Beträge ({ $currency })
mdf-form-total-cost = Gesamtkosten *
mdf-form-requested = Beantragter Betrag *
mdf-form-contribution = Ihr Eigenanteil
mdf-form-optional = Optional
mdf-form-expected = Erwartete Ergebnisse
mdf-form-leads = Leads
mdf-form-pipeline = Pipeline
mdf-form-pipeline-hint = Optional, in derselben Währung
mdf-form-sending = Wird gesendet…
mdf-form-resubmit = Speichern und erneut einreichen
mdf-form-submit = Antrag einreichen
mdf-form-cancel = Abbrechen
mdf-form-next-title = Wie es weitergeht
mdf-form-next-approve = Ihr Channel-Manager genehmigt den Antrag (ganz oder teilweise), und der Betrag wird für Sie reserviert.
mdf-form-next-claim = { $days ->
    [one] Reichen Sie nach der Aktivität innerhalb von { $days } Tag nach ihrem letzten Tag einen Erstattungsantrag mit Nachweisen (Rechnungen, Fotos, Lead-Listen) ein.
   *[other] Reichen Sie nach der Aktivität innerhalb von { $days } Tagen nach ihrem letzten Tag einen Erstattungsantrag mit Nachweisen (Rechnungen, Fotos, Lead-Listen) ein.
}
mdf-live-ok = Im Rahmen der Regeln. Von Ihrem Guthaben blieben { $left } für Anträge übrig.
mdf-live-up-to = Sie können für diese Aktivität bis zu { $max } beantragen.
mdf-live-rules = Das Programm erstattet bis zu { $percent } % der Kosten; { $available } sind für Anträge verfügbar.

## Ein Antrag
mdf-request-page-title = MDF-Antrag
mdf-request-doc-title = { $title } · MDF #{ $id }
mdf-request-subtitle = { $activity } · { $start } – { $end } · beantragt von { $owner } ({ $company })
mdf-change-resubmit = Ändern und erneut einreichen
mdf-notice-sent-in = Antrag in { $duration } gesendet. Ihr Channel-Manager wurde benachrichtigt.
mdf-notice-sent = Antrag gesendet. Ihr Channel-Manager wurde benachrichtigt.
mdf-notice-claimed = Erstattungsantrag eingereicht. Das Herstellerteam prüft ihn.
mdf-notice-uploaded = { $count ->
    [one] { $count } Datei zum Erstattungsantrag hinzugefügt.
   *[other] { $count } Dateien zum Erstattungsantrag hinzugefügt.
}
mdf-claim-due = Erstattungsantrag fällig bis { $date } ({ $days ->
    [one] noch { $days } Tag
   *[other] noch { $days } Tage
})
mdf-claim-deadline-passed = Die Frist für den Erstattungsantrag ist am { $date } abgelaufen.
mdf-vendor-note = Hinweis des Herstellers:
mdf-claim-reason = Zum Erstattungsantrag:
mdf-section-request = Antrag
mdf-fact-total-cost = Gesamtkosten
mdf-fact-requested = Beantragt
mdf-fact-contribution = Eigenanteil des Partners
mdf-fact-reimbursed-up-to = Erstattung bis zu
mdf-fact-share = { $percent } % der Kosten
mdf-fact-expected = Erwartet
mdf-expected-leads = { $leads ->
    [one] { $leads } Lead
   *[other] { $leads } Leads
}
mdf-expected-leads-pipeline = { $leads ->
    [one] { $leads } Lead
   *[other] { $leads } Leads
} · { $pipeline } Pipeline
mdf-fact-funds = Budget
mdf-fact-submitted = Eingereicht
mdf-fact-time-to-request = Dauer der Antragstellung
mdf-fact-approved = Genehmigt
mdf-fact-plan = Vorhaben
mdf-section-claim = Erstattungsantrag
mdf-fact-filed = Eingereicht
mdf-fact-actual-cost = Tatsächliche Kosten
mdf-fact-claimed = Erstattung beantragt
mdf-fact-leads = Leads
mdf-fact-approved-for-payment = Zur Auszahlung genehmigt
mdf-fact-paid = Ausgezahlt
mdf-paid-ref = { $date } · Ref. { $reference }
mdf-section-deals = Deals aus dieser Aktivität
mdf-section-history = Verlauf
# Wer gehandelt hat, wenn es das Portal war (ein Hintergrundjob)
mdf-history-portal = Portal
mdf-event-requested = Beantragt
mdf-event-proof-added = Nachweis hinzugefügt
mdf-event-proof-removed = Nachweis entfernt
mdf-event-escalated = An Hersteller-Administratoren eskaliert
mdf-event-claim-filed = Erstattungsantrag eingereicht
mdf-fund-mini-title = { $company }: Mittel
mdf-proof-title = Leistungsnachweis
mdf-proof-none = Noch keine Dateien. Fügen Sie Rechnungen, Fotos oder die Teilnehmer- bzw. Lead-Liste bei.
mdf-proof-remove = Entfernen
mdf-proof-remove-label = { $name } entfernen
mdf-proof-add = Dateien hinzufügen
mdf-proof-hint = PDF, PNG, JPEG, CSV oder XLSX, jeweils bis zu 10 MB; bis zu 3 Dateien pro Upload.
mdf-proof-upload = Hochladen
# Die Größe einer Datei ($size: eine Zahl)
mdf-size-mb = { $size } MB
mdf-size-kb = { $size } KB
mdf-decision-title = Entscheidung
mdf-decision-available = In den Mitteln dieses Partners verfügbar: { $amount }
mdf-decision-amount = Zu genehmigender Betrag
mdf-decision-amount-hint = Verringern Sie den Betrag, um teilweise zu genehmigen (Begründung unten angeben).
mdf-decision-reason = Kommentar oder Begründung
mdf-decision-approve = Genehmigen
mdf-decision-return = Zur Überarbeitung zurückgeben
mdf-decision-decline = Ablehnen
mdf-claim-title = Erstattungsantrag einreichen
mdf-claim-terms = Genehmigt: { $approved }. Erstattet werden bis zu { $percent } % der tatsächlichen Kosten.
mdf-claim-actual-cost = Tatsächliche Kosten *
mdf-claim-leads = Generierte Leads
mdf-claim-deals = Aus dieser Aktivität entstandene Deals
mdf-claim-notes = Notizen
mdf-claim-submit = Erstattungsantrag einreichen
mdf-claim-submit-again = Erstattungsantrag erneut einreichen
mdf-review-title = Erstattungsantrag prüfen
mdf-review-cap = Höchstens { $cap }: begrenzt durch den genehmigten Antrag und { $percent } % der tatsächlichen Kosten.
mdf-review-amount = Auszuzahlender Betrag
mdf-review-approve = Erstattungsantrag genehmigen
mdf-review-changes = Änderungen anfordern
mdf-review-reject = Ablehnen
mdf-pay-title = Zahlung erfassen
mdf-pay-reference = Zahlungsreferenz *
mdf-pay-paid-on = Ausgezahlt am
mdf-pay-submit = { $amount } als ausgezahlt markieren
mdf-cancel-activity = Aktivität stornieren (Mittel werden zurückgebucht)
mdf-cancel-request = Diesen Antrag stornieren

## Die Warteschlangen des Herstellers
mdf-queue-title = MDF-Warteschlangen
mdf-queue-lead = Zu genehmigende Anträge, zu prüfende Erstattungsanträge und zu erfassende Zahlungen, die ältesten zuerst.
mdf-queue-requests = Anträge, die auf Genehmigung warten
mdf-queue-claims = Zu prüfende Erstattungsanträge
mdf-queue-payments = Genehmigte Erstattungsanträge zur Auszahlung
mdf-queue-requests-empty = Keine Anträge offen.
mdf-queue-claims-empty = Keine Erstattungsanträge offen.
mdf-queue-payments-empty = Keine Auszahlungen offen.

## Budgets und MDF-Rendite
mdf-budgets-title = MDF-Budgets
mdf-budgets-lead = Zugeteilte, gebundene, zur Erstattung beantragte, ausgezahlte und verfügbare Mittel nach Zeitraum, Region und Partner – und was die Aktivitäten eingebracht haben.
mdf-budgets-allocated = Mittel zugeteilt. Die Administratoren des Partners wurden benachrichtigt.
mdf-budgets-applied = Zuteilungen aus dem Upload übernommen: { $count }.
mdf-budgets-saved = MDF-Regeln gespeichert.
mdf-budgets-period = Zeitraum
mdf-budgets-empty-title = Keine Mittel in diesem Zeitraum
mdf-budgets-empty = Für { $period } ist noch nichts zugeteilt.
mdf-budgets-by-region = Nach Region · { $period }
mdf-budgets-by-partner = Nach Partner · { $period }
mdf-budgets-by-region-label = Mittel nach Region
mdf-budgets-by-partner-label = Mittel nach Partner
mdf-budgets-expired = { $amount } verfallen
mdf-roi-title = MDF-Rendite
mdf-roi-empty = In diesem Zeitraum gibt es noch keine genehmigten Erstattungsanträge. Der ROI erscheint, sobald Erstattungsanträge genehmigt und mit Deals verknüpft sind.
mdf-roi-lead = Genehmigte Erstattungsanträge im Vergleich zu den Deals, die Partner damit verknüpft haben (nur gleiche Währung). Pipeline: offene Registrierungen mit ihrem geschätzten Wert; gewonnen: endgültige Werte.
mdf-roi-by-activity = Nach Aktivität
mdf-roi-by-partner = Nach Partner
mdf-roi-by-activity-label = MDF-Rendite nach Aktivität
mdf-roi-by-partner-label = MDF-Rendite nach Partner
mdf-roi-activities = Aktivitäten
mdf-roi-spent = Eingesetzte MDF
mdf-roi-leads = Leads
mdf-roi-deals = Deals
mdf-roi-pipeline = Pipeline
mdf-roi-won = Gewonnen
mdf-roi-pipeline-per = Pipeline je MDF
mdf-roi-won-per = Gewonnen je MDF
# Was verknüpfte Deals je eingesetzter MDF-Einheit eingebracht haben ($ratio: eine Zahl)
mdf-roi-ratio = { $ratio }×

## Die Budgetverwaltung (Hersteller-Administratoren)
mdf-admin-allocate-title = Mittel zuteilen
mdf-admin-company = Partnerunternehmen
mdf-admin-period = Zeitraum *
mdf-admin-period-hint = 2026-Q4 oder 2026
mdf-admin-amount = Betrag *
mdf-admin-amount-hint = Negativ zum Kürzen
mdf-admin-currency = Währung
mdf-admin-note = Notiz
mdf-admin-allocate = Zuteilen
mdf-admin-upload-title = Zuteilungen hochladen (CSV)
mdf-admin-upload-lead = Spalten: company (Name oder ID), period, amount, currency, note. Sie sehen zuerst eine Vorschau; übernommen wird erst, wenn jede Zeile gültig ist.
mdf-admin-csv-file = CSV-Datei
mdf-admin-upload = Hochladen und Vorschau anzeigen
mdf-admin-paste = …oder fügen Sie die Zeilen ein
mdf-admin-preview = Vorschau
mdf-admin-rules-title = MDF-Regeln
mdf-admin-period-kind = Mittel werden zugeteilt pro
mdf-admin-quarter = Quartal
mdf-admin-year = Jahr
mdf-admin-claim-days = Frist für Erstattungsanträge (Tage nach der Aktivität)
mdf-admin-max-percent = Maximale Erstattung in %
mdf-admin-max-percent-hint = 100 oder z. B. 50 bei Co-op-Finanzierung
mdf-admin-sla-hours = Entscheidungsfrist (Stunden)
mdf-admin-expire-funds = Nicht genutzte Mittel verfallen am Ende ihres Zeitraums
mdf-admin-save-rules = Regeln speichern
mdf-preview-title = Vorschau: { $file }
mdf-preview-title-pasted = Vorschau: eingefügte Zeilen
mdf-preview-applied = Dieser Upload wurde übernommen.
mdf-preview-valid = { $count ->
    [one] { $count } Zeile ist gültig: { $total }.
   *[other] Alle { $count } Zeilen sind gültig: { $total }.
}
mdf-preview-apply = { $count ->
    [one] { $count } Zuteilung übernehmen
   *[other] { $count } Zuteilungen übernehmen
}
mdf-preview-errors = { $bad ->
    [one] { $bad } von { $count } Zeilen enthält Fehler. Es wurde nichts übernommen: Korrigieren Sie die Datei und laden Sie sie erneut hoch.
   *[other] { $bad } von { $count } Zeilen enthalten Fehler. Es wurde nichts übernommen: Korrigieren Sie die Datei und laden Sie sie erneut hoch.
}
mdf-preview-lines = Zeilen des Uploads
mdf-preview-col-line = Zeile
mdf-preview-col-company = Unternehmen
mdf-preview-col-period = Zeitraum
mdf-preview-col-amount = Betrag
mdf-preview-col-problems = Probleme
mdf-preview-ok = OK
