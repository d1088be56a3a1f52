# Das Dashboard des Herstellers: Filter, Kennzahlen, Diagramme und ihre CSV-Exporte.
# Glossar der Fachbegriffe: locales/GLOSSARY.md.

## Seite
dash-title = Channel-Dashboard
dash-subtitle = { $count ->
        [one] { $count } Partnerunternehmen
       *[other] { $count } Partnerunternehmen
    } · { $from } bis { $to } · Beträge in { $currency } · Stand { $as_of }
dash-refresh = Kennzahlen aktualisieren
dash-refresh-hint = Berechnete Kennzahlen werden eine Minute lang zwischengespeichert; hiermit werden sie sofort neu berechnet.
dash-registration-time-link = Registrierungszeit nach Partner
dash-export-csv = Als CSV exportieren

## Zeiträume
dash-period-quarter = Dieses Quartal
dash-period-last-quarter = Letztes Quartal
dash-period-ytd = Seit Jahresbeginn
dash-period-12m = Letzte 12 Monate
dash-period-custom = Eigener Zeitraum

## Filter
dash-filters = Filter
dash-filter-period = Zeitraum
dash-filter-from = Erster Tag
dash-filter-to = Letzter Tag
dash-filter-region = Region
dash-filter-all-regions = Alle Regionen
dash-filter-tier = Partnerstufe
dash-filter-all-tiers = Alle Stufen
dash-filter-manager = Channel-Manager
dash-filter-all-managers = Alle Channel-Manager
dash-filter-currency = Währung
dash-filter-apply = Filter anwenden
dash-filter-reset = Zurücksetzen
dash-filter-error = { $error } Stattdessen wird das aktuelle Quartal angezeigt.
dash-filter-hint = Die Datumsangaben gelten, wenn als Zeitraum „{ dash-period-custom }“ gewählt ist.
dash-error-first-day = Geben Sie den ersten Tag im Format JJJJ-MM-TT ein.
dash-error-last-day = Geben Sie den letzten Tag im Format JJJJ-MM-TT ein.
dash-error-range-reversed = Der letzte Tag liegt vor dem ersten Tag.
dash-error-range-long = Wählen Sie höchstens drei Jahre.

## Hauptkennzahlen
dash-stat-won-revenue = Gewonnener Umsatz
dash-change-vs-previous = { $days ->
        [one] { $change } gegenüber dem Vortag
       *[other] { $change } gegenüber den vorherigen { $days } Tagen
    }
dash-change-none = Im vorherigen Zeitraum nichts gewonnen
dash-stat-submitted = Eingereichte Registrierungen
dash-stat-rates = { $approved } genehmigt · { $won } gewonnen
dash-stat-registration-median = Median der Registrierungszeit
dash-stat-p90 = p90 { $duration }
dash-stat-target = Ziel { $duration }
dash-stat-approval-median = Median der Genehmigungszeit
dash-stat-approval-sub = p90 { $p90 } · { $share } innerhalb des SLA

## Umsatz
dash-revenue-title = Channel-Umsatz im Zeitverlauf
dash-revenue-lead = Gewonnene Deals in { $currency } nach dem Tag, an dem sie gewonnen wurden: { $deals ->
        [one] { $deals } Deal
       *[other] { $deals } Deals
    } von { $companies ->
        [one] { $companies } Partnerunternehmen
       *[other] { $companies } Partnerunternehmen
    }.
dash-revenue-empty-title = Keine gewonnenen Deals in diesem Zeitraum
dash-revenue-empty-text = Wählen Sie einen längeren Zeitraum oder weniger Filter.
dash-revenue-chart = { $bucket ->
        [week] Gewonnener Umsatz pro Woche in { $currency }
       *[month] Gewonnener Umsatz pro Monat in { $currency }
    }
dash-revenue-none = Kein gewonnener Umsatz in diesem Zeitraum.
dash-revenue-other-partners = Weitere Partner ({ $count })
dash-revenue-no-tier = Keine Stufe
dash-partners-title = Umsatz nach Partner
dash-partners-chart = Gewonnener Umsatz nach Partnerunternehmen in { $currency }
dash-tiers-revenue-title = Umsatz nach Partnerstufe
dash-tiers-revenue-chart = Gewonnener Umsatz nach aktueller Stufe des Partners in { $currency }
dash-regions-title = Umsatz nach Region
dash-regions-chart = Gewonnener Umsatz nach Region des Partners in { $currency }

## Diagrammintervalle (eine Woche nach ihrem ersten Tag, ein Monat mit seinem Jahr)
dash-bucket-week = { $day }. { $month }
dash-bucket-month = { $month } { $year }
dash-month-1 = Jan
dash-month-2 = Feb
dash-month-3 = Mär
dash-month-4 = Apr
dash-month-5 = Mai
dash-month-6 = Jun
dash-month-7 = Jul
dash-month-8 = Aug
dash-month-9 = Sep
dash-month-10 = Okt
dash-month-11 = Nov
dash-month-12 = Dez

## Registrierungstrichter
dash-funnel-title = Registrierungstrichter
dash-funnel-lead = Im Zeitraum eingereichte Registrierungen und wie weit sie gekommen sind.
dash-funnel-chart = Eingereichte, genehmigte und gewonnene Registrierungen
dash-funnel-submitted = Eingereicht
dash-funnel-approved = Genehmigt
dash-funnel-won = Gewonnen
dash-funnel-lost = Verloren
dash-funnel-rejected = Abgelehnt
dash-funnel-pending = Wartet auf Entscheidung oder auf den Partner
dash-funnel-conflict-rate = Konfliktquote
dash-funnel-conflict-value = { $count ->
        [one] { $share } ({ $count } Registrierung)
       *[other] { $share } ({ $count } Registrierungen)
    }

## Registrierungs- und Genehmigungszeit
dash-timing-title = Registrierungs- und Genehmigungszeit
dash-timing-timed = Registrierungen mit gemessener Zeit
dash-n-of-total = { $n } von { $total }
dash-timing-registration = Registrierungszeit (Median / p90)
dash-timing-under-90s = In unter 90 Sek. registriert
dash-timing-decisions = Entscheidungen durch eine Person
dash-timing-approval = Genehmigungszeit (Median / p90)
dash-timing-within-sla = Innerhalb des SLA entschieden
dash-timing-sample = Die Zeiten stammen aus den { $count } neuesten Registrierungen des Zeitraums.

## Marketing-Entwicklungsfonds
dash-mdf-title = Marketing-Entwicklungsfonds (MDF)
dash-mdf-lead = { $funds ->
        [one] { $funds } Budget
       *[other] { $funds } Budgets
    } in { $currency }, deren Zeitraum im gewählten Zeitfenster beginnt; { $requests ->
        [one] { $requests } Antrag
       *[other] { $requests } Anträge
    }.
dash-mdf-chart = Zugeteilte, gebundene, zur Erstattung beantragte und ausgezahlte MDF in { $currency }
dash-mdf-allocated = Zugeteilt
dash-mdf-committed = Gebunden
dash-mdf-claimed = Zur Erstattung beantragt, nicht ausgezahlt
dash-mdf-paid = Ausgezahlt
dash-mdf-available = Noch verfügbar
dash-mdf-expired = Ungenutzt verfallen
dash-mdf-claims-approved = Genehmigte Erstattungsanträge
dash-mdf-linked-won = Gewonnener Umsatz verknüpfter Deals
dash-mdf-roi = Rendite genehmigter Erstattungsanträge
dash-mdf-roi-value = { $ratio }×

## Partnerstufen
dash-tiers-title = Partnerstufen
dash-tiers-none = Noch kein Partnerprogramm vorhanden.
dash-tiers-chart = Partnerunternehmen je Stufe
dash-tiers-upgrades = Zu entscheidende Aufstufungen
dash-tiers-downgrades = Zu entscheidende Abstufungen
dash-tiers-grace = In einer Schonfrist

## Partneraktivität
dash-activity-title = Partneraktivität
dash-activity-users = Partner-Benutzer mit Anmeldung in den letzten 30 Tagen
dash-activity-companies = Unternehmen mit Anmeldung in den letzten 30 Tagen
dash-activity-registering = Unternehmen, die im Zeitraum einen Deal registriert haben

## Rangliste
dash-leaderboard-title = Rangliste
dash-leaderboard-none = In diesem Zeitraum wurden keine Punkte erzielt.
dash-leaderboard-caption = Unternehmen nach im Zeitraum erzielten Punkten

## Spaltenköpfe (Tabellen und CSV-Dateien)
dash-col-period = Zeitraum
dash-col-partner = Partner
dash-col-tier = Partnerstufe
dash-col-region = Region
dash-col-stage = Phase
dash-col-bucket = Intervall
dash-col-rank = Platz
dash-col-points = Punkte
dash-col-won-deals = Gewonnene Deals
dash-col-won-revenue-in = Gewonnener Umsatz ({ $currency })

## Diagramme
dash-chart-name = Name
dash-chart-amount = Betrag
dash-chart-count = Anzahl
dash-chart-deals = Deals
dash-chart-show-figures = Zahlen anzeigen
dash-chart-item = { $label }: { $value }
dash-chart-column-tip = { $count ->
        [one] { $label }: { $value } ({ $count } Deal)
       *[other] { $label }: { $value } ({ $count } Deals)
    }
dash-compact-thousands = { $n } Tsd.
dash-compact-millions = { $n } Mio.
dash-compact-billions = { $n } Mrd.

## CSV-Exporte
dash-export-which-table = Welche Tabelle? Eine der folgenden: { $tables }.
dash-csv-period = Zeitraum { $from } bis { $to }, Währung { $currency }
dash-csv-figure = Kennzahl
dash-csv-value = Wert
dash-csv-pending = Wartet auf Entscheidung oder auf den Partner
dash-csv-conflicts = Mit Konflikt
dash-csv-registrations-read = Ausgewertete Registrierungen
dash-csv-registration-p90 = Registrierungszeit p90
dash-csv-under-90s = Unter 90 Sekunden (%)
dash-csv-approval-p90 = Genehmigungszeit p90
dash-csv-within-sla = Innerhalb des SLA entschieden (%)
dash-csv-funds = Budgets
dash-csv-available = Verfügbar
dash-csv-expired = Verfallen
dash-csv-requests = Anträge
dash-csv-companies = Unternehmen
dash-csv-companies-active = Aktive Partnerunternehmen
dash-csv-companies-signed-in = Unternehmen mit Anmeldung in den letzten 30 Tagen
dash-csv-users-active = Aktive Partner-Benutzer
dash-csv-users-signed-in = Benutzer mit Anmeldung in den letzten 30 Tagen
dash-csv-companies-registering = Unternehmen, die einen Deal registriert haben

## Wer das Geschäft gefunden hat (vom Partner und vom Hersteller gefunden)

dash-sourcing-title = Wer das Geschäft gefunden hat
dash-sourcing-lead = Gewonnener Umsatz im Zeitraum und die derzeit offene Pipeline, aufgeteilt danach, wer den Deal gefunden hat: der Partner selbst oder der Hersteller über einen von ihm verteilten Lead.
dash-sourcing-col-source = Herkunft
dash-sourcing-col-won = Gewonnen ({ $currency })
dash-sourcing-col-share = Anteil
dash-sourcing-col-open = Offene Pipeline ({ $currency })
dash-sourcing-col-open-deals = Offene Deals
dash-sourcing-partner = Vom Partner gefunden
dash-sourcing-vendor = Vom Hersteller gefunden (Leads)
dash-sourcing-deals = { $count ->
        [one] { $count } Deal
       *[other] { $count } Deals
    }
dash-sourcing-lead-figures = Lead-Kennzahlen: Annahme, Umwandlung und Umsatz nach Partner, Region und Quelle

## Die Erfolgskennzahlen des Seeds

dash-measures-title = Erfolgskennzahlen
dash-measures-lead = Gewonnener Umsatz pro Partner-Benutzer, der das Portal im Zeitraum genutzt hat, die produktive Spitzengruppe (die Partner, die zusammen 80 % des in den letzten zwölf Monaten gewonnenen Umsatzes erzielen) und wie diese Gruppe das Portal bewertet (NPS der Pulsbefragung im Portal).
dash-measures-per-user = Umsatz pro aktivem Portal-Benutzer
dash-measures-per-user-sub = { $users ->
        [one] { $users } aktiver Partner-Benutzer
       *[other] { $users } aktive Partner-Benutzer
    }
dash-measures-productive = Produktive Spitzengruppe
dash-measures-productive-value = { $n } von { $of }
dash-measures-productive-sub = Partner mit gewonnenem Umsatz in den letzten 12 Monaten; zusammen { $share } davon
dash-measures-productive-names = { $more ->
        [0] Die produktive Spitzengruppe: { $names }.
        [one] Die produktive Spitzengruppe: { $names } und { $more } weiterer.
       *[other] Die produktive Spitzengruppe: { $names } und { $more } weitere.
    }
dash-measures-nps = Portal-NPS der produktiven Spitzengruppe
dash-measures-nps-sub = { $answers ->
        [one] { $answers } Antwort
       *[other] { $answers } Antworten
    } · alle Partner { $all } ({ $all_answers })
dash-measures-nps-before = { $before } im vorherigen Zeitraum ({ $change })
dash-measures-nps-no-before = Keine Antworten im vorherigen Zeitraum
dash-measures-comments = Was Partner gesagt haben
dash-measures-comments-none = Keine Kommentare zu den Pulsantworten in diesem Zeitraum.
dash-measures-comment-score = { $score }/10
dash-measures-none = Kein gewonnener Umsatz und keine Portalnutzung in diesem Zeitraum.
dash-measures-tier-caption = Umsatz pro aktivem Portal-Benutzer nach Partnerstufe
dash-measures-col-users = Aktive Benutzer
dash-measures-col-per-user = Pro aktivem Benutzer
dash-csv-active-users = Aktive Partner-Benutzer
dash-csv-active-users-before = Aktive Partner-Benutzer, vorheriger Zeitraum
dash-csv-per-user-before = Umsatz pro aktivem Portal-Benutzer, vorheriger Zeitraum
dash-csv-productive-companies = Produktive Spitzengruppe: Partner
dash-csv-companies-with-revenue = Partner mit gewonnenem Umsatz in den letzten 12 Monaten
dash-csv-productive-share = Anteil der produktiven Spitzengruppe am gewonnenen Umsatz der letzten 12 Monate (%)
dash-csv-nps-answers = Antworten der produktiven Spitzengruppe auf die Pulsbefragung
dash-csv-nps-before = Portal-NPS der produktiven Spitzengruppe, vorheriger Zeitraum
dash-csv-nps-all = Portal-NPS, alle Partner
dash-csv-nps-all-answers = Antworten auf die Pulsbefragung, alle Partner
