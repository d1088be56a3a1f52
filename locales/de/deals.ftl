
## Bezeichnungen gespeicherter Werte (string_enum!)
deal-status-draft = Zur Überarbeitung zurückgegeben
deal-status-submitted = Genehmigung ausstehend
deal-status-approved = Genehmigt
deal-status-rejected = Abgelehnt
deal-status-won = Gewonnen
deal-status-lost = Verloren
deal-status-expired = Abgelaufen
deal-status-withdrawn = Zurückgezogen
deal-type-new = Neugeschäft
deal-type-upsell = Upselling
deal-type-renewal = Verlängerung
stage-qualify = Qualifizierung
stage-discovery = Bedarfsanalyse
stage-proposal = Angebot
stage-negotiation = Verhandlung
stage-commit = Zusage
rule-action-auto-approve = Automatisch genehmigen
rule-action-route-manager = An den Channel-Manager des Partners senden
rule-action-route-admin = An die Hersteller-Administratoren senden
conflict-condition-any = Mit oder ohne Konflikt
conflict-condition-none = Nur ohne Konflikt
conflict-condition-conflict = Nur mit Konflikt

## Status innerhalb eines Satzes („Dieser Deal ist { $status }“)
deal-state-draft = zur Überarbeitung zurückgegeben
deal-state-submitted = zur Genehmigung eingereicht
deal-state-approved = genehmigt
deal-state-rejected = abgelehnt
deal-state-won = gewonnen
deal-state-lost = verloren
deal-state-expired = abgelaufen
deal-state-withdrawn = zurückgezogen

## Wie eine Registrierung genannt wird (Statuswechsel: workflow-not-allowed, workflow-stale)
deal-noun = Deal

## Warum zwei Registrierungen wie derselbe Kunde aussehen
deal-match-same-domain = gleiche Domain
deal-match-similar-name = ähnlicher Firmenname

## Wer etwas getan hat
deal-actor-system = { app-name }
deal-actor-vendor-team = Herstellerteam

## Gemeinsame Bezeichnungen
deal-label-customer = Kunde
deal-label-partner = Partner
deal-label-status = Status
deal-label-stage = Phase
deal-label-value = Wert
deal-label-products = Produkte
deal-label-submitted = Eingereicht
deal-label-expected-close = Voraussichtlicher Abschluss
deal-label-deal-type = Deal-Typ
deal-label-contact = Ansprechpartner
deal-label-country = Land
deal-label-registration-time = Registrierungsdauer
deal-form-from-lead = Aus Lead #{ $id } übernommen. Prüfen Sie die Angaben und registrieren Sie den Deal.
deal-label-source = Herkunft
deal-from-lead = Lead des Herstellers #{ $id }
deal-error-lead-gone = Aus diesem Lead kann kein Deal mehr registriert werden: Er wurde umgewandelt, geschlossen oder einem anderen Partner angeboten.
deal-label-won-value = Gewonnener Wert
deal-label-lost-because = Verlustgrund
deal-label-decided-by = Entschieden von
deal-label-notes = Notizen
deal-conflict-badge = Konflikt
deal-exclusive-until = Exklusiv bis { $date }
deal-open = Deal #{ $id } öffnen

## Die Deal-Liste
deal-list-title = Deals
deal-list-title-staff = Deals
deal-list-title-partner = Meine Deals
deal-list-lead-staff = Registrierungen der Partnerunternehmen in Ihrem Zuständigkeitsbereich.
deal-list-lead-partner = Die Deal-Registrierungen Ihres Unternehmens.
deal-list-register = Deal registrieren
deal-list-search = Kundenname
deal-list-any-status = Alle Status
deal-list-any-stage = Alle Phasen
deal-list-expiring = Läuft in 30 Tagen ab
deal-list-filter = Filtern
deal-list-empty = Keine Deals vorhanden
deal-list-empty-staff = Keine Einträge entsprechen diesen Filtern.
deal-list-empty-partner = Registrieren Sie Ihren ersten Deal – das dauert etwa eine Minute.
deal-list-close = Abschluss
deal-list-updated = Aktualisiert

## Das Registrierungsformular
deal-new-title = Deal registrieren
deal-new-lead = Ihr Unternehmen und Ihr Name werden automatisch ergänzt. Mit * markierte Felder sind Pflichtfelder.
deal-edit-title = Registrierung bearbeiten
deal-edit-lead = Ändern Sie, wonach das Herstellerteam gefragt hat; eine zurückgegebene Registrierung wird beim Speichern erneut eingereicht.
deal-form-customer = Kunde
deal-form-customer-name = Kundenunternehmen *
deal-form-customer-domain = Website des Kunden *
deal-form-customer-domain-hint = Zum Beispiel acme.de: Daran wird der Kunde erkannt.
deal-form-contact-name = Name des Ansprechpartners *
deal-form-contact-email = E-Mail des Ansprechpartners *
deal-form-contact-phone = Telefon des Ansprechpartners
deal-form-country = Land des Kunden
deal-form-products = Produkte *
deal-form-deal = Deal
deal-form-value = Geschätzter Wert *
deal-form-value-hint = Vor Rabatten, z. B. 25000
deal-form-currency = Währung
deal-form-close-date = Voraussichtlicher Abschluss *
deal-form-notes-hint = Alles, was für die Genehmigung wichtig ist: Wettbewerb, Zeitplan, das Projekt des Kunden.
deal-form-submit = Deal registrieren
deal-form-resubmit = Speichern und erneut einreichen
deal-form-save = Änderungen speichern
deal-form-saving = Wird gespeichert…
deal-form-cancel = Abbrechen
deal-check-title = Konfliktprüfung
deal-check-idle = Während Sie Namen und Website des Kunden eingeben, suchen wir nach bestehenden Registrierungen.
deal-check-clear = Keine aktive Registrierung für diesen Kunden gefunden.
deal-hint-own = Sie haben diesen Kunden bereits registriert ({ $reason }).
deal-hint-possible = Möglicher Konflikt:
deal-hint-other = Ein anderer Partner hat eine aktive Registrierung für diesen Kunden ({ $reason }). Sie können trotzdem registrieren; das Herstellerteam prüft beide.
deal-next-title = Wie es weitergeht
deal-next-median = Ihr Channel-Manager entscheidet; die mittlere Entscheidungszeit (Median) beträgt in diesem Quartal { $duration }. Sie werden im Portal und per E-Mail benachrichtigt.
deal-next-default = Ihr Channel-Manager entscheidet innerhalb der Genehmigungsfrist des Programms. Sie werden im Portal und per E-Mail benachrichtigt.
deal-next-exclusive = Genehmigte Registrierungen sind für die Schutzfrist des Programms exklusiv für Sie reserviert.

## Ein Deal
deal-page-title = Deal
deal-view-title = { $customer } · Deal #{ $id }
deal-crumb-deals = Deals
deal-view-byline = { $domain } · registriert von { $owner } ({ $company })
deal-notice-registered-approved = Registriert und genehmigt.
deal-notice-registered-in = In { $duration } registriert. Das Herstellerteam wurde benachrichtigt.
deal-notice-registered = Registriert. Das Herstellerteam wurde benachrichtigt.
deal-notice-saved = Änderungen gespeichert.
deal-edit = Bearbeiten
deal-edit-resubmit = Bearbeiten und erneut einreichen
deal-second-partner = Zweiter Partner
deal-exclusive-until-left = Exklusiv bis { $date } ({ $days ->
    [one] noch { $days } Tag
   *[other] noch { $days } Tage
})
deal-conflict-alert = Ein anderer Partner hat eine aktive Registrierung für diesen Kunden ({ $reasons }). Das Herstellerteam prüft beide.
deal-vendor-note = Hinweis des Herstellers:
deal-registration = Registrierung
deal-history = Verlauf
deal-nothing-to-do = Diese Registrierung ist { $status }; hier ist nichts weiter zu tun.

## Verlauf
deal-event-submitted = Registriert
deal-event-progress = Phase aktualisiert
deal-event-edited = Bearbeitet
deal-event-resubmitted = Erneut eingereicht
deal-event-reminder = Erinnerung gesendet
deal-event-escalated = An Hersteller-Administratoren eskaliert
deal-event-extension-requested = Verlängerung beantragt
deal-event-extension-granted = Verlängerung gewährt
deal-event-extension-refused = Verlängerung abgelehnt
deal-event-info-requested = Weitere Informationen angefordert
deal-field-customer-name = Kundenname
deal-field-customer-domain = Kunden-Domain
deal-field-contact-name = Name des Ansprechpartners
deal-field-contact-email = E-Mail des Ansprechpartners
deal-field-contact-phone = Telefon des Ansprechpartners
deal-field-country = Land
deal-field-value = Wert
deal-field-close-date = Abschlussdatum
deal-field-deal-type = Deal-Typ
deal-field-notes = Notizen
deal-field-products = Produkte
deal-field-exclusive-until = Exklusiv bis
deal-field-final-value = Endgültiger Wert
deal-field-stage = Phase
deal-field-probability = Wahrscheinlichkeit
deal-note-registered-in = In { $duration } registriert.
deal-note-auto-approved = Automatisch durch eine Genehmigungsregel genehmigt.
deal-note-approved = Genehmigt. Exklusiv bis { $date }.
deal-note-approved-reason = Genehmigt. Exklusiv bis { $date }. { $reason }
deal-note-resubmitted = Geändert und erneut eingereicht.
deal-note-expired = Der Exklusivitätszeitraum ist abgelaufen.
deal-note-escalated = Genehmigungs-SLA überschritten; an Hersteller-Administratoren eskaliert.

## Konkurrierende Registrierungen im Vergleich (Herstellerteam)
deal-compare-title = Konkurrierende Registrierungen
deal-compare-this = Dieser Deal #{ $id }
deal-compare-other = Deal #{ $id }
deal-compare-match = Übereinstimmung
deal-compare-resolve = Lösen Sie den Konflikt, indem Sie eine Registrierung genehmigen und die andere ablehnen, oder genehmigen Sie beide mit „Als zweiten Partner genehmigen“ (zweistufiger Vertrieb, Distributor).

## Aktionen zu einem Deal
deal-decision = Entscheidung
deal-decision-reason = Begründung oder Hinweis an den Partner
deal-decision-approve = Genehmigen
deal-decision-info = Informationen anfordern
deal-decision-reject = Ablehnen
deal-decision-approve-second = Als zweiten Partner genehmigen
deal-pipeline = Pipeline
deal-probability-field = Wahrscheinlichkeit (%)
deal-update-stage = Phase aktualisieren
deal-close-title = Deal abschließen
deal-final-value = Endgültiger Wert
deal-mark-won = Als gewonnen markieren
deal-lost-reason = Warum wurde der Deal verloren?
deal-mark-lost = Als verloren markieren
deal-extension-requested-note = Verlängerung beantragt: { $reason }
deal-extension-granted-note = Verlängerung gewährt.
deal-extension-refused-note = Verlängerung abgelehnt.
deal-extension-request = Verlängerungsantrag
deal-extension-note = Hinweis an den Partner
deal-extension-grant = Verlängerung gewähren
deal-extension-refuse = Ablehnen
deal-extension-ask-title = Mehr Zeit nötig?
deal-extension-ask-text = Sie können einmalig beantragen, die Exklusivität dieser Registrierung zu verlängern.
deal-extension-reason = Warum braucht der Deal mehr Zeit?
deal-extension-submit = Verlängerung beantragen
deal-withdraw = Diese Registrierung zurückziehen

## Die Genehmigungsliste
deal-queue-title = Genehmigungen
deal-queue-lead = Ausstehende Registrierungen in Ihrem Zuständigkeitsbereich, die dringendsten zuerst.
deal-queue-empty = Nichts offen
deal-queue-empty-text = Über jede Registrierung in Ihrem Zuständigkeitsbereich wurde entschieden.
deal-queue-waiting = Wartezeit
deal-queue-sla = SLA
deal-queue-extension = Verlängerungsantrag
deal-queue-escalated = Eskaliert

## Analyse
deal-analytics-title = Deal-Analyse
deal-analytics-lead = Registrierungszeit im Vergleich zum 90-Sekunden-Richtwert, Genehmigungszeit und Konflikte für die Partner in Ihrem Zuständigkeitsbereich.
deal-analytics-period = Zeitraum
deal-analytics-days = { $days } Tage
deal-analytics-months = { $months } Monate
deal-analytics-summary = Letzte { $days } Tage: { $registrations ->
    [one] { $registrations } Registrierung
   *[other] { $registrations } Registrierungen
}, davon { $timed } mit gemessener Zeit und { $decisions } von einer Person entschieden.
deal-analytics-registration-median = Median der Registrierungszeit
deal-analytics-p90 = p90 { $duration }
deal-analytics-target = Ziel 90 Sek.
deal-analytics-under-90 = In unter 90 Sek. registriert
deal-analytics-approval-median = Median der Genehmigungszeit
deal-analytics-conflict-rate = Konfliktquote
deal-analytics-conflicts = { $count ->
    [one] { $count } Registrierung im Konflikt
   *[other] { $count } Registrierungen im Konflikt
}
deal-analytics-by-partner = Registrierungszeit nach Partner
deal-analytics-empty = Noch keine Registrierungen
deal-analytics-empty-text = Kennzahlen erscheinen mit den ersten Registrierungen des Zeitraums.
deal-analytics-registrations = Registrierungen
deal-analytics-median = Median
deal-analytics-p90-column = p90
deal-analytics-against = Vergleich mit 90 Sek.
deal-analytics-within = Im Ziel
deal-analytics-slower = Langsamer
deal-analytics-not-timed = Nicht gemessen

## Das Deal-Programm (Hersteller-Administratoren)
deal-admin-title = Deal-Programm
deal-admin-lead = Exklusivität, Genehmigungs-SLA, Genehmigungsregeln und die Produkte, die Partner registrieren.
deal-admin-any-company = Alle Unternehmen
deal-admin-any-product = Alle Produkte
deal-admin-any-region = Alle Regionen
deal-admin-rules = Genehmigungsregeln
deal-admin-rules-intro = Die erste passende Regel (nach Reihenfolge) entscheidet. Passt keine, entscheidet der Channel-Manager des Unternehmens oder, wenn keiner zugewiesen ist, ein beliebiger Hersteller-Administrator. Eine Registrierung mit Konflikt wird nie automatisch genehmigt.
deal-admin-rules-empty = Noch keine Regeln
deal-admin-rules-empty-text = Jede Registrierung geht an den Channel-Manager des Unternehmens.
deal-admin-order = Reihenfolge
deal-admin-order-hint = Niedrigere Werte werden zuerst geprüft.
deal-admin-rule = Regel
deal-admin-when = Wenn
deal-admin-then = Dann
deal-admin-actions = Aktionen
deal-rule-when-min = Wert ≥ { $value }
deal-rule-when-max = Wert < { $value }
deal-rule-when-any = mit oder ohne Konflikt
deal-rule-when-none = nur ohne Konflikt
deal-rule-when-conflict = nur mit Konflikt
deal-admin-paused = Pausiert
deal-admin-delete = Löschen
deal-admin-delete-rule = Regel { $name } löschen
deal-admin-add-rule-title = Regel hinzufügen
deal-admin-rule-name = Name
deal-admin-company = Unternehmen
deal-admin-region = Region
deal-admin-product = Produkt
deal-admin-value-from = Wert ab
deal-admin-value-below = Wert unter
deal-admin-conflict = Konflikt
deal-admin-active = Aktiv
deal-admin-add-rule = Regel hinzufügen
deal-admin-settings = Programmeinstellungen
deal-admin-settings-saved = Einstellungen gespeichert.
deal-admin-exclusivity = Exklusivität (Tage)
deal-admin-exclusivity-hint = Wird bei Genehmigung gewährt; üblich sind 30–120.
deal-admin-sla = Genehmigungs-SLA (Stunden)
deal-admin-sla-hint = Nach Ablauf wird an die Hersteller-Administratoren eskaliert.
deal-admin-extension = Verlängerung (Tage)
deal-admin-reminders = Erinnerungen (Tage vor Ablauf)
deal-admin-reminders-hint = Zum Beispiel 14, 3
deal-admin-save-settings = Einstellungen speichern
deal-admin-product-registrations = { $sku } · { $count ->
    [one] { $count } Registrierung
   *[other] { $count } Registrierungen
}
deal-admin-retire = Einstellen
deal-admin-retire-named = { $name } einstellen
deal-admin-offer-again = Wieder anbieten
deal-admin-offer-again-named = { $name } wieder anbieten
deal-admin-sku = SKU
deal-admin-product-name = Produktname
deal-admin-add-product = Produkt hinzufügen

## Fehler und Feldregeln
deal-error-not-editable = Dieser Deal ist { $status }; nur ausstehende oder zurückgegebene Registrierungen können bearbeitet werden.
deal-error-stage-closed = Dieser Deal ist { $status }; seine Phase lässt sich nicht mehr ändern.
deal-error-probability-whole = Die Wahrscheinlichkeit muss ein ganzzahliger Prozentwert von 0 bis 100 sein.
deal-error-probability = Die Wahrscheinlichkeit muss ein Prozentwert von 0 bis 100 sein.
deal-error-stage = Wählen Sie eine Phase aus der Liste.
deal-error-outcome = Wählen Sie „gewonnen“ oder „verloren“.
deal-error-decision = Unbekannte Entscheidung.
deal-error-duplicate = Ihr Unternehmen hat diesen Kunden bereits registriert (Deal #{ $id }).
deal-error-duplicate-field = Stimmt mit Ihrem Deal #{ $id } überein ({ $reason }).
deal-error-rival-approved = Deal #{ $id } eines anderen Partners ist für diesen Kunden bereits genehmigt. Lehnen Sie diese Registrierung ab oder genehmigen Sie sie als zweiten Partner.
deal-error-reason-long = Die Begründung muss unter 1.000 Zeichen bleiben.
deal-error-reject-reason = Geben Sie an, warum die Registrierung abgelehnt wird; der Partner sieht die Begründung.
deal-error-info-reason = Geben Sie an, welche Informationen fehlen; der Partner sieht den Text.
deal-error-lost-reason = Geben Sie in wenigen Worten an, warum der Deal verloren wurde (bis zu 500 Zeichen).
deal-error-extension-reason = Geben Sie in einem Satz an, warum der Deal mehr Zeit braucht (bis zu 1.000 Zeichen).
deal-error-extension-once = Eine Verlängerung kann einmalig beantragt werden, solange eine genehmigte Registrierung noch exklusiv ist.
deal-error-extension-refuse-reason = Geben Sie an, warum die Verlängerung abgelehnt wird; der Partner sieht die Begründung.
deal-error-extension-none = Für diesen Deal liegt kein offener Verlängerungsantrag vor.
deal-error-domain-empty = Geben Sie die Website des Kunden ein, z. B. acme.de.
deal-error-domain-shape = Geben Sie eine Website wie acme.de ein.
deal-error-phone = Geben Sie eine Telefonnummer nur mit Ziffern, Leerzeichen und + - ( ) ein.
deal-error-currency = Wählen Sie eine Währung aus der Liste.
deal-error-close-empty = Geben Sie das voraussichtliche Abschlussdatum ein.
deal-error-close-shape = Geben Sie ein Datum im Format 2027-03-31 ein.
deal-error-close-past = Das voraussichtliche Abschlussdatum darf nicht in der Vergangenheit liegen.
deal-error-close-far = Registrierungen gelten für Deals, die innerhalb von drei Jahren abgeschlossen werden.
deal-error-type = Wählen Sie Neugeschäft, Upselling oder Verlängerung.
deal-error-notes-long = Notizen sind auf { $max } Zeichen begrenzt; bitte kürzen Sie sie.
deal-error-products-none = Wählen Sie mindestens ein Produkt.
deal-error-products-many = Wählen Sie höchstens { $max } Produkte.
deal-error-products-unknown = Wählen Sie Produkte aus der Liste.
deal-error-exclusivity-range = Die Exklusivität muss eine ganze Zahl von { $min } bis { $max } sein.
deal-error-sla-range = Das Genehmigungs-SLA muss eine ganze Zahl von { $min } bis { $max } sein.
deal-error-extension-range = Die Verlängerung muss eine ganze Zahl von { $min } bis { $max } sein.
deal-error-order-range = Die Reihenfolge muss eine ganze Zahl von { $min } bis { $max } sein.
deal-error-reminder-days = Geben Sie die Tage vor Ablauf wie 14, 3 an (jeweils von 1 bis 120).
deal-error-choose-from-list = Wählen Sie einen Eintrag aus der Liste.
deal-error-rule-bounds = Die Obergrenze muss über der Untergrenze liegen.
deal-error-rule-conflict = Wählen Sie eine Konfliktbedingung.
deal-error-rule-action = Wählen Sie, was die Regel tun soll.
deal-error-rule-auto-conflict = Ein Konflikt wird nie automatisch genehmigt; wählen Sie, an wen weitergeleitet wird.
deal-error-visibility = Wählen Sie eine der beiden Optionen.

## Benachrichtigungen und ihre E-Mails
deal-notify-new-title = Neue Registrierung: { $customer } ({ $value })
deal-notify-new-body = Sie wartet auf Ihre Entscheidung.
deal-notify-new-body-conflict = Sie steht im Konflikt mit einer anderen Registrierung; vergleichen Sie beide, bevor Sie entscheiden.
deal-notify-approved-title = Genehmigt: { $customer }
deal-notify-approved-body = Ihre Registrierung wurde genehmigt. Sie ist bis { $date } exklusiv für Sie reserviert.
deal-notify-registered-title = Registriert: { $customer }
deal-notify-registered-body = { $hours ->
    [one] Ihre Registrierung wartet auf Genehmigung; eine Entscheidung ist innerhalb von { $hours } Stunde fällig.
   *[other] Ihre Registrierung wartet auf Genehmigung; eine Entscheidung ist innerhalb von { $hours } Stunden fällig.
}
deal-notify-status-title = { $status }: { $customer }
deal-notify-status-body = Die Registrierung ist jetzt { $status }.
# Die eigenen Worte einer Person (eine Begründung, ein Hinweis), so wie sie sie geschrieben hat.
deal-notify-said = { $text }
deal-notify-resubmitted-title = Erneut eingereicht: { $customer }
deal-notify-resubmitted-body = Der Partner hat Ihre Fragen beantwortet; die Registrierung wartet auf Ihre Entscheidung.
deal-notify-extension-requested-title = Verlängerung beantragt: { $customer }
deal-notify-extension-granted-title = Verlängerung gewährt: { $customer } (exklusiv bis { $date })
deal-notify-extension-refused-title = Verlängerung abgelehnt: { $customer }
deal-notify-reminder-title = { $days ->
    [one] Exklusivität endet in { $days } Tag: { $customer }
   *[other] Exklusivität endet in { $days } Tagen: { $customer }
}
deal-notify-reminder-body = Ihre Registrierung ist bis { $date } exklusiv. Schließen Sie den Deal ab, aktualisieren Sie seine Phase oder beantragen Sie eine Verlängerung.
deal-notify-overdue-title = Genehmigung überfällig: { $subject }
deal-notify-overdue-body = Das Genehmigungs-SLA ist ohne Entscheidung abgelaufen. Bitte entscheiden Sie oder weisen Sie die Registrierung neu zu.
