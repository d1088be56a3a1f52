# Leads: Leads des Herstellers, die Partnern übergeben werden (features/leads).

## Bezeichnungen gespeicherter Werte (string_enum!)
lead-status-queued = In der Warteschlange des Herstellers
lead-status-offered = Angeboten
lead-status-accepted = Angenommen
lead-status-contacted = Kontaktiert
lead-status-qualified = Qualifiziert
lead-status-converted = In Deal umgewandelt
lead-status-disqualified = Disqualifiziert
lead-status-returned = Zurückgegeben
lead-reject-not-our-region = Nicht unsere Region
lead-reject-no-capacity = Derzeit keine Kapazität
lead-reject-not-qualified = Keine Qualifikation für dieses Produkt
lead-reject-already-customer = Bereits unser Kunde
lead-reject-other = Anderer Grund
lead-disq-no-budget = Kein Budget
lead-disq-no-need = Kein Bedarf
lead-disq-unreachable = Ansprechpartner nicht erreichbar
lead-disq-competitor = Hat sich für einen Wettbewerber entschieden
lead-disq-duplicate = Dublette eines anderen Leads oder Deals
lead-disq-other = Anderer Grund
lead-source-campaign = Kampagne
lead-source-web-form = Webformular
lead-source-event = Veranstaltung
lead-source-referral = Empfehlung des Herstellers
lead-strategy-named = An einen bestimmten Partner
lead-strategy-round-robin = Reihum
lead-strategy-weighted = Gewichtet nach Partnerstufe
lead-strategy-capacity = Nach Kapazität
lead-size-unknown = Größe unbekannt
lead-size-small = Unter 10.000
lead-size-medium = 10.000 bis 50.000
lead-size-large = 50.000 bis 250.000
lead-size-strategic = Über 250.000

## Wie ein Lead genannt wird (in Statusmeldungen: „Dieser Lead hat den Status …“)
lead-noun = Lead

## Wie es weitergeht
lead-next-queued = Wartet darauf, dass der Hersteller ihn einem Partner anbietet.
lead-next-offered = Nehmen Sie ihn an oder lehnen Sie ihn ab, bevor das Angebot abläuft.
lead-next-accepted = Kontaktieren Sie den Kunden.
lead-next-contacted = Qualifizieren Sie den Lead.
lead-next-qualified = Registrieren Sie den Deal.
lead-next-converted = Als Deal registriert.
lead-next-disqualified = Ohne Deal abgeschlossen.
lead-next-returned = Zurückgegeben; der Hersteller bietet ihn einem anderen Partner an.

## Die Liste
lead-list-title = Leads
lead-list-lead-partner = Leads, die Ihnen der Hersteller anbietet. Nehmen Sie einen an, um Kunde und Ansprechpartner zu sehen.
lead-list-lead-staff = Leads in Ihrem Zuständigkeitsbereich sowie die Warteschlange der Leads ohne Partner.
lead-new-button = Lead hinzufügen
lead-rules-link = Verteilungsregeln
lead-filter-label = Leads anzeigen
lead-filter-open = Offen
lead-filter-queue = Warteschlange
lead-filter-offered = Angeboten
lead-filter-worked = In Bearbeitung
lead-filter-closed = Abgeschlossen
lead-filter-all = Alle
lead-col-lead = Lead
lead-col-partner = Partner
lead-col-status = Status
lead-col-source = Quelle
lead-col-next = Nächster Schritt
lead-list-empty-title = Keine Leads vorhanden
lead-list-empty-partner = Sobald der Hersteller Ihnen einen Lead anbietet, erscheint er hier, und Sie werden per E-Mail benachrichtigt.
lead-list-empty-staff = Fügen Sie einen Lead hinzu oder ändern Sie den Filter.
lead-offer-title = Lead #{ $id }
lead-teaser = { $region } · { $product } · { $size }
lead-any-product = Beliebiges Produkt
lead-unassigned = Nicht angeboten
lead-held-short = Zurückgehalten: Ein anderer Partner hat diesen Kunden registriert.
lead-clock-left = Noch { $duration } für Ihre Antwort
lead-clock-ran-out = Das Angebot ist vor { $duration } abgelaufen
lead-notice-rejected = Lead abgelehnt. Er geht an den nächsten Partner.
lead-notice-returned = Lead an den Hersteller zurückgegeben.

## Ein Lead
lead-page-title = Lead
lead-doc-title = { $name } · Lead #{ $id }
lead-notice-created = Lead gespeichert und gemäß den Regeln verteilt.
lead-held = In der Warteschlange zurückgehalten: { $company } hat eine aktive Registrierung für diesen Kunden (Deal #{ $deal }). Er wird nie automatisch angeboten.
lead-held-open-deal = Deal öffnen
lead-converted-to = Registriert als Deal
lead-section-lead = Der Lead
lead-section-contact = Kunde und Ansprechpartner
lead-section-history = Verlauf
lead-history-portal = Partnerportal
lead-fact-region = Region
lead-fact-country = Land
lead-fact-product = Produktinteresse
lead-fact-size = Geschätzte Größe
lead-fact-source = Quelle
lead-fact-received = Eingegangen
lead-fact-partner = Partner
lead-fact-owner = Verantwortlich
lead-fact-rule = Regel
lead-fact-customer = Kunde
lead-fact-contact = Ansprechpartner
lead-fact-email = E-Mail
lead-fact-phone = Telefon
lead-fact-notes = Hinweise des Herstellers
lead-contact-hidden = Kunde und Kontaktdaten werden angezeigt, sobald Sie den Lead annehmen.

## Aktionen
lead-answer-title = Ihre Antwort
lead-answer-text = Wenn Sie annehmen, sehen Sie Kunde und Ansprechpartner, und der Lead liegt zur Bearbeitung bei Ihnen.
lead-accept = Lead annehmen
lead-reject-open = Ablehnen…
lead-reject-reason = Grund
lead-reject-note = Notiz
lead-reject-note-hint = Erforderlich bei „Anderer Grund“.
lead-reject = Lead ablehnen
lead-work-title = Lead bearbeiten
lead-convert = Deal aus diesem Lead registrieren
lead-convert-hint = Das Registrierungsformular öffnet sich, vorausgefüllt mit den Daten des Leads.
lead-mark-contacted = Als kontaktiert markieren
lead-mark-qualified = Als qualifiziert markieren
lead-colleague-title = Verantwortlich
lead-colleague = Teammitglied
lead-colleague-submit = Übergeben
lead-end-title = Beenden oder zurückgeben
lead-disqualify-reason = Grund für die Beendigung
lead-disqualify-note = Notiz
lead-disqualify = Disqualifizieren
lead-give-back-open = Lead zurückgeben…
lead-give-back-note = Warum geben Sie den Lead zurück?
lead-give-back = An den Hersteller zurückgeben
lead-assign-title = Einem Partner anbieten
lead-assign-company = Partner
lead-assign-by-rules = Gemäß den Verteilungsregeln
lead-assign-submit = Lead anbieten
lead-close-title = Lead abschließen
lead-close-note = Warum wird niemand den Lead bearbeiten?
lead-close-submit = Lead abschließen

## Das Formular für einen neuen Lead
lead-new-title = Lead hinzufügen
lead-new-lead = Die Verteilungsregeln bieten ihn einem Partner an, sobald Sie speichern.
lead-form-customer = Kunde
lead-form-contact = Ansprechpartner
lead-form-interest = Interesse
lead-field-customer = Firmenname *
lead-field-domain = Website-Domain
lead-field-domain-hint = Dient dazu, Registrierungen desselben Kunden zu finden.
lead-field-country = Land *
lead-field-region = Region *
lead-field-contact-name = Name des Ansprechpartners *
lead-field-contact-title = Position
lead-field-contact-email = E-Mail *
lead-field-contact-phone = Telefon
lead-field-product = Produktinteresse
lead-field-value = Geschätzter Wert
lead-field-value-hint = Optional. Partner sehen bis zur Annahme nur die Größenklasse.
lead-field-currency = Währung
lead-field-source = Quelle
lead-field-notes = Hinweise für den Partner
lead-field-notes-hint = Wird dem Partner nach der Annahme angezeigt.
lead-new-submit = Speichern und verteilen
lead-cancel = Abbrechen
lead-choose = Auswählen…

## Verteilungsregeln
lead-rules-title = Regeln für die Lead-Verteilung
lead-rules-lead = Die Regeln werden der Reihe nach geprüft: Die erste, die auf einen Lead passt und einen Partner findet, bietet ihn an. Ein Lead, den keine Regel zuordnet, wartet in der Warteschlange.
lead-rules-saved = Gespeichert.
lead-rules-empty-title = Noch keine Regeln
lead-rules-empty = Ohne Regeln wartet jeder Lead in der Warteschlange auf einen Channel-Manager.
lead-rule-col-name = Regel
lead-rule-col-when = Gilt für
lead-rule-col-how = Vergabe
lead-rule-col-hours = Antwortfrist (Stunden)
lead-rule-col-actions = Aktionen
lead-rule-any = Alle Leads
lead-rule-off = Deaktiviert
lead-rule-up = { $name } nach oben verschieben
lead-rule-down = { $name } nach unten verschieben
lead-rule-switch-off = Deaktivieren
lead-rule-switch-on = Aktivieren
lead-rule-to-company = An { $company }
lead-rule-add-title = Regel hinzufügen
lead-rule-name = Name *
lead-rule-region = Region
lead-rule-country = Land
lead-rule-product = Produkt
lead-rule-tier = Partnerstufe
lead-rule-type = Partnertyp
lead-rule-strategy = Vergabe
lead-rule-company = Bestimmter Partner
lead-rule-hours = Antwortfrist (Stunden)
lead-rule-any-region = Alle Regionen
lead-rule-any-country = Alle Länder
lead-rule-any-tier = Alle Partnerstufen
lead-rule-any-type = Alle Typen
lead-rule-no-company = Keiner
lead-rule-help = „Reihum“ wechselt zwischen den Partnern in der Region des Leads ab; „Gewichtet nach Partnerstufe“ gibt höheren Stufen mehr Leads; „Nach Kapazität“ wählt den Partner mit dem meisten Spielraum bis zu seinem Limit für offene Leads.
lead-rule-add = Regel hinzufügen
lead-capacity-title = Limit für offene Leads
lead-capacity-help = Einem Partner werden keine weiteren Leads angeboten, solange er so viele hält (angeboten oder in Bearbeitung). Ohne eigenes Limit gilt: { $default }.
lead-capacity-company = Partner
lead-capacity-max = Höchstzahl offener Leads
lead-capacity-save = Limit speichern

## Verlaufszeilen
lead-event-created = Lead hinzugefügt ({ $source })
lead-event-offered = An { $company } angeboten
lead-event-offered-rule = Per Regel „{ $rule }“ an { $company } angeboten
lead-event-held = Zurückgehalten: { $company } hat eine aktive Registrierung für diesen Kunden (Deal #{ $deal })
lead-event-unmatched = Keine Regel hat einen Partner gefunden; wartet in der Warteschlange
lead-event-accepted = Angenommen
lead-event-converted = Als Deal #{ $deal } registriert
lead-event-rejected = Abgelehnt: { $reason }
lead-event-timed-out = Das Angebot ist ohne Antwort abgelaufen
lead-event-status = { $status }
lead-event-disqualified = Disqualifiziert: { $reason }
lead-event-returned = An den Hersteller zurückgegeben
lead-event-assigned = An { $name } übergeben
lead-event-withdrawn = Vom Hersteller zurückgezogen
lead-event-closed = Vom Hersteller abgeschlossen
lead-event-changed = Geändert

## Benachrichtigungen und E-Mails (nie mit den Daten des Kunden)
lead-notify-offered-title = Neuer Lead für Sie: { $product } in { $region }
lead-notify-offered-body = Nehmen Sie ihn bis { $due } an oder lehnen Sie ihn ab. Kunde und Ansprechpartner werden angezeigt, sobald Sie annehmen.
lead-notify-reminder-title = Lead wartet auf Ihre Antwort: { $product } in { $region }
lead-notify-reminder-body = Das Angebot läuft am { $due } ab; danach geht der Lead an einen anderen Partner.
lead-notify-lapsed-title = Lead-Angebot abgelaufen: { $product } in { $region }
lead-notify-lapsed-body = Niemand hat rechtzeitig geantwortet, daher ging der Lead an einen anderen Partner.
lead-notify-withdrawn-title = Lead zurückgezogen: { $product } in { $region }
lead-notify-withdrawn-body = Der Hersteller hat diesen Lead einem anderen Partner angeboten.
lead-notify-returned-title = { $company } hat einen Lead zurückgegeben
lead-notify-returned-body = Hinweis des Partners: { $note }
lead-notify-assigned-title = { $name } hat Ihnen einen Lead übergeben
lead-notify-assigned-body = Sie bearbeiten ihn ab jetzt.

## Fehler
lead-error-domain = Geben Sie eine Domain wie example.com ein.
lead-error-phone = Nur Ziffern, Leerzeichen und + - ( ) (höchstens 40 Zeichen).
lead-error-title = Höchstens { $max } Zeichen.
lead-error-product = Wählen Sie eines der aufgeführten Produkte.
lead-error-currency = Wählen Sie eine der aufgeführten Währungen.
lead-error-source = Wählen Sie aus, woher der Lead stammt.
lead-error-notes = Höchstens { $max } Zeichen.
lead-error-offer-ran-out = Dieses Angebot ist am { $due } abgelaufen; der Lead geht an einen anderen Partner.
lead-error-reject-reason = Wählen Sie einen Grund.
lead-error-disqualify-reason = Wählen Sie einen Grund für die Beendigung.
lead-error-note-long = Höchstens { $max } Zeichen.
lead-error-note-needed = Fügen Sie eine kurze Notiz hinzu.
lead-error-status = Dieser Schritt ist für einen Lead nicht möglich.
lead-error-status-filter = Unbekannter Filter.
lead-error-not-worked = Nur einen Lead, den Ihr Unternehmen bearbeitet, können Sie an ein Teammitglied übergeben.
lead-error-colleague = Wählen Sie ein aktives Teammitglied Ihres Unternehmens.
lead-error-company = Wählen Sie einen aktiven Partner, den Sie betreuen.
lead-error-answer = Nehmen Sie an oder lehnen Sie ab.
lead-error-step = Unbekannter Schritt.
lead-error-capacity = Geben Sie eine ganze Zahl von 0 bis 100.000 ein.
lead-rule-error-tier = Wählen Sie eine der Partnerstufen.
lead-rule-error-type = Wählen Sie einen der Partnertypen.
lead-rule-error-strategy = Wählen Sie, wie der Lead angeboten wird.
lead-rule-error-company-needed = Wählen Sie den Partner, dem diese Regel Leads anbietet.
lead-rule-error-hours = Geben Sie 1 bis { $max } Stunden ein.
lead-rule-error-op = Unbekannte Änderung.

## Die Startseite
lead-home-title = Leads
lead-home-waiting = { $count ->
    [one] Ein Lead wartet auf Ihre Antwort
   *[other] { $count } Leads warten auf Ihre Antwort
}
lead-home-next = Das nächste Angebot läuft in { $duration } ab.
lead-home-working = { $count ->
    [one] Ein Lead in Bearbeitung
   *[other] { $count } Leads in Bearbeitung
}
lead-home-none = Keine Leads warten auf eine Antwort.
lead-home-open = Offene Leads
lead-home-staff-queue = Leads in der Warteschlange
lead-home-staff-offered = Lead-Angebote ohne Antwort
lead-home-staff-worked = Leads in Bearbeitung
lead-home-staff-converted = Dieses Jahr als Deal registrierte Leads

## CSV-Import
lead-import-link = CSV importieren
lead-import-title = Leads importieren
lead-import-lead = Bis zu { $max } Leads pro Datei. Zuerst wird jede Zeile geprüft; dann werden entweder alle angelegt und gemäß den Regeln verteilt oder keiner.
lead-import-file-title = Ihre Datei
lead-import-file = CSV-Datei
lead-import-paste = Oder fügen Sie die Zeilen ein
lead-import-columns = Erste Zeile: company, contact_name, contact_email, country, region; optional domain, contact_phone, contact_title, product, value, currency, source, notes.
lead-import-preview = Zeilen prüfen
lead-import-example-title = Beispiel
lead-import-preview-pasted = Die eingefügten Zeilen
lead-import-preview-file = { $file }
lead-import-done = Diese Leads wurden angelegt.
lead-import-valid = { $count ->
    [one] Ein Lead ist bereit.
   *[other] Alle { $count } Leads sind bereit.
}
lead-import-apply = { $count ->
    [one] Einen Lead anlegen und verteilen
   *[other] { $count } Leads anlegen und verteilen
}
lead-import-errors = { $bad ->
    [one] { $bad } von { $count } Zeilen hat Probleme. Korrigieren Sie die Datei und prüfen Sie sie erneut; es wurde nichts angelegt.
   *[other] { $bad } von { $count } Zeilen haben Probleme. Korrigieren Sie die Datei und prüfen Sie sie erneut; es wurde nichts angelegt.
}
lead-import-applied = Leads angelegt. An Partner angeboten: { $offered }; in der Warteschlange: { $queued }.
lead-import-lines = Zeilen der Datei
lead-import-col-line = Zeile
lead-import-col-company = Unternehmen
lead-import-col-region = Region
lead-import-col-contact = Ansprechpartner
lead-import-col-problems = Probleme
lead-import-ok = Bereit
lead-sheet-rows = Leads
lead-csv-product = Kein Produkt hat die SKU oder den Namen „{ $product }“.
lead-csv-has-errors = Einige Zeilen haben Probleme; es wurde nichts angelegt.
lead-upload-multipart = Senden Sie die Datei als Formular-Upload.
lead-upload-utf8 = Speichern Sie die Datei als UTF-8-Text (CSV) und laden Sie sie erneut hoch.
lead-upload-choose = Wählen Sie eine CSV-Datei.

## Die Lead-Kennzahlen für das Team des Herstellers

lead-figures-link = Kennzahlen
lead-figures-title = Lead-Kennzahlen
lead-figures-subtitle = { $from } bis { $to } · Umsatz in { $currency }
lead-figures-back = Alle Leads
lead-figures-dashboard = Dashboard
lead-figures-filters = Filter für Lead-Kennzahlen
lead-figures-period = Zeitraum
lead-figures-days = { $days ->
        [365] Letzte 12 Monate
       *[other] Letzte { $days } Tage
    }
lead-figures-currency = Währung
lead-figures-apply = Anzeigen
lead-figures-stat-offers = Lead-Angebote
lead-figures-stat-offers-sub = { $answered } beantwortet · { $rejected } abgelehnt · { $timed_out } abgelaufen
lead-figures-stat-acceptance = Annahmequote
lead-figures-stat-acceptance-sub = { $accepted } von { $answered } beantworteten angenommen
lead-figures-stat-time = Median der Zeit bis zur Annahme
lead-figures-stat-time-sub = 90. Perzentil: { $p90 }
lead-figures-stat-conversion = Umwandlungsquote
lead-figures-stat-conversion-sub = { $converted } als Deal registriert · { $won } gewonnen
lead-figures-how = Angebote, Antworten und die Zeit bis zur Annahme erfassen, was im Zeitraum geschehen ist. Umwandlungen und Umsatz beziehen sich auf die im Zeitraum angenommenen Leads, unabhängig davon, wann sie registriert oder gewonnen wurden; als Umsatz zählen gewonnene Deals in der gewählten Währung.
lead-figures-sample = Die Zeiten bis zur Annahme stammen aus den { $count } neuesten Annahmen des Zeitraums.
lead-figures-by-partner = Nach Partner
lead-figures-by-region = Nach Region
lead-figures-by-source = Nach Quelle
lead-figures-more = { $count ->
        [one] Ein weiterer Partner steht in der CSV-Datei.
       *[other] { $count } weitere Partner stehen in der CSV-Datei.
    }
lead-figures-csv = Als CSV exportieren
lead-figures-none = Keine Angebote in diesem Zeitraum.
lead-figures-col-partner = Partner
lead-figures-col-region = Region
lead-figures-col-source = Quelle
lead-figures-col-offered = Angebote
lead-figures-col-accepted = Angenommen
lead-figures-col-rejected = Abgelehnt
lead-figures-col-timed-out = Abgelaufen
lead-figures-col-time-to-accept = Zeit bis zur Annahme
lead-figures-col-converted = Registriert
lead-figures-col-won-in = Gewonnen ({ $currency })
lead-figures-col-won-deals = Gewonnene Deals
lead-figures-won-deals = { $count ->
        [one] { $count } Deal
       *[other] { $count } Deals
    }
lead-figures-csv-acceptance = Annahmequote (%)
lead-figures-csv-conversion = Umwandlungsquote (%)
lead-figures-all = Gesamt
lead-figures-export-which = Wählen Sie eine Aufschlüsselung für den Export: { $breakdowns }.
