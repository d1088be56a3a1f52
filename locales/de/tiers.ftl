# Partnerstufen und Incentives: Stufe und Fortschritt des Partners, Rückvergütungen
# und Punkte, Stufenübersicht und Unternehmensseiten für das Herstellerteam, die
# Programmverwaltung, Auszahlungsläufe und was die Bewertung festhält und versendet.
# Glossar der Fachbegriffe: locales/GLOSSARY.md.

## Gemeinsame Wörter
tier-yes = Ja
tier-no = Nein
tier-filter-all = Alle
tier-progress-separator = {"; "}

## Inhaltsstufen
tier-content-basic = Basis
tier-content-standard = Standard
tier-content-premium = Premium

## Arten und Status von Incentives
tier-incentive-rebate = Rückvergütung
tier-incentive-commission = Provision
tier-incentive-earned = Verdient
tier-incentive-approved = Genehmigt
tier-incentive-paid = Ausgezahlt
tier-incentive-clawed-back = Zurückgefordert

## Anforderungen
tier-req-revenue = Gewonnener Umsatz in den letzten 12 Monaten
tier-req-approved = Genehmigte Deal-Registrierungen in den letzten 12 Monaten
tier-req-won = Gewonnene Deal-Registrierungen in den letzten 12 Monaten
tier-req-certified = Zertifizierte Personen

## Fortschritt
tier-progress-untracked = Noch nicht erfasst
tier-progress-of = { $current } von { $target }
tier-progress-done = Erfüllt
tier-progress-not-yet = Noch nicht erfüllt
tier-progress-not-counted = Noch nicht gezählt
tier-progress-met = Erfüllt
tier-progress-certification = Zertifizierungen werden gezählt, sobald Schulungen Teil des Portals sind; bis dahin verhindern sie keine Einstufung.

## Fortschrittszeilen in Begründungen und Notizen
tier-line-untracked = { $requirement }: noch nicht erfasst
tier-line-revenue = Gewonnener Umsatz in den letzten 12 Monaten: { $current } von { $target }
tier-line-approved = Genehmigte Deal-Registrierungen in den letzten 12 Monaten: { $current } von { $target }
tier-line-won = Gewonnene Deal-Registrierungen in den letzten 12 Monaten: { $current } von { $target }
tier-line-certified = Zertifizierte Personen: { $current } von { $target }
tier-line-custom-done = { $criterion }: erfüllt
tier-line-custom-open = { $criterion }: noch nicht erfüllt

## Vorteile
tier-benefit-discount = Wiederverkaufsrabatt
tier-benefit-margin = Zusatzmarge für Deal-Registrierungen
tier-benefit-rebate = Rückvergütung auf gewonnene Deals
tier-benefit-commission = Provision auf gewonnene Deals
tier-benefit-mdf = Marketing-Entwicklungsfonds (MDF)
tier-benefit-mdf-eligible = Berechtigt
tier-benefit-mdf-not-included = Nicht enthalten
tier-benefit-content = Zugang zu Inhalten

## Die Stufenkarte
tier-card-title = Ihre Partnerstufe: { $tier }
tier-card-details = Details zur Partnerstufe
tier-card-since = { $program } · seit { $date }
tier-card-benefits = { $discount } Rabatt · { $margin } Marge für Deal-Registrierungen · { $rebate } Rückvergütung
tier-card-grace = Unter den Anforderungen für { $tier }: Die Stufe bleibt bis { $until } erhalten. Erfüllen Sie die Anforderungen bis dahin wieder, um sie zu behalten.
tier-card-keep = Um { $tier } zu behalten
tier-card-pending = { $from } -> { $to } vorgeschlagen, wartet auf Ihren Channel-Manager
tier-card-next = Fortschritt zu { $tier }
tier-card-top = Sie haben die höchste Stufe des Programms erreicht.

## Spaltenköpfe
tier-col-tier = Stufe
tier-col-revenue-12 = Gewonnener Umsatz (12 Monate)
tier-col-revenue = Umsatz
tier-col-approved = Genehmigt
tier-col-won = Gewonnen
tier-col-certified = Zertifiziert
tier-col-discount = Rabatt
tier-col-deal-margin = Deal-Marge
tier-col-margin = Marge
tier-col-rebate = Rückvergütung
tier-col-commission = Provision
tier-col-mdf = MDF
tier-col-content = Inhalte
tier-col-from = Ab
tier-col-criteria = Kriterien
tier-col-program = Programm
tier-col-companies = Unternehmen
tier-col-company = Unternehmen
tier-col-region = Region
tier-col-since = Seit
tier-col-qualifies = Qualifiziert für
tier-col-grace = Schonfrist bis
tier-col-deal = Deal
tier-col-kind = Art
tier-col-status = Status
tier-col-deal-value = Deal-Wert
tier-col-rate = Satz
tier-col-amount = Betrag
tier-col-action = Aktion
tier-col-rank = Rang
tier-col-points = Punkte
tier-col-run = Lauf
tier-col-entries = Posten
tier-col-total = Summe
tier-col-created = Erstellt
tier-col-reference = Referenz
tier-col-csv = CSV

## Die Stufenseite des Partners
tier-mine-title = Ihre Partnerstufe
tier-mine-lead = Wo Ihr Unternehmen im Partnerprogramm steht, was für die nächste Stufe nötig ist und welche Vorteile sie bietet.
tier-figures-title = Letzte 12 Monate
tier-figures-revenue = Gewonnener Umsatz
tier-figures-approved = Genehmigte Registrierungen
tier-figures-won = Gewonnene Registrierungen
tier-figures-unconverted = Gewonnene Deals in { $currencies } werden nicht gezählt: Das Programm hat dafür noch keinen Wechselkurs.
tier-figures-gives = Das bietet Ihnen { $tier }
tier-ladder-title = Stufen von { $program }
tier-ladder-label = Stufen des Programms
tier-ladder-current = Aktuell
tier-ladder-also = Außerdem: { $criteria }
tier-ladder-no-rules = Noch keine Regeln in Kraft
tier-history-title = Stufenverlauf
tier-history-empty = Noch keine Änderungen.
tier-none-title = Noch in keinem Programm
tier-none-text = Das Unternehmen tritt bei der nächsten Bewertung (täglich und sobald ein Deal gewonnen wird) dem Standard-Partnerprogramm auf dessen Einstiegsstufe bei.

## Verlauf
tier-event-placed = Auf Stufe { $to } eingestuft
tier-event-assigned = Direkt von { $from } auf { $to } umgestuft
tier-event-proposed = { $from } -> { $to } vorgeschlagen
tier-event-approved = Von { $from } auf { $to } umgestuft
tier-event-rejected = { $from } -> { $to } nicht genehmigt
tier-event-withdrawn = Vorschlag für { $to } zurückgezogen
tier-event-grace-started = Schonfrist für { $to } begonnen
tier-event-grace-cleared = Anforderungen für { $to } wieder erfüllt
tier-event-checked = Kriterium für { $to } erfüllt
tier-event-unchecked = Kriterium für { $to } nicht mehr erfüllt

## Die Stufenseite eines Unternehmens (Herstellerteam)
tier-company-title = Partnerstufe
tier-company-heading = { $company }: Partnerstufe
tier-company-evaluated = Zuletzt bewertet: { $at }
tier-company-not-evaluated = Noch nicht bewertet
tier-company-link = Unternehmen
tier-evaluate-now = Jetzt bewerten
tier-notice-decided = Entscheidung gespeichert. Die Administratoren des Partners wurden benachrichtigt.
tier-notice-checked = Kriterium gespeichert und Unternehmen neu bewertet.
tier-notice-assigned = Stufe zugewiesen.
tier-notice-evaluated = Mit den heutigen Zahlen bewertet.
tier-decide-title = { $company }: { $from } -> { $to }
tier-decide-up = Aufstufung
tier-decide-down = Abstufung
tier-decide-proposed = Vorgeschlagen: { $at }
tier-decide-note = Hinweis an den Partner (zum Ablehnen erforderlich)
tier-decide-approve = Genehmigen
tier-decide-reject = Ablehnen
tier-criteria-title = Von Ihnen bestätigte Kriterien
tier-criteria-lead = Anforderungen, die das Portal nicht messen kann (ein unterschriebener Businessplan, ein Quartalsgespräch). Wenn Sie eines abhaken, wird das Unternehmen neu bewertet.
tier-criteria-untick = Haken entfernen
tier-criteria-tick = Als erfüllt markieren
tier-assign-title = Direkt einstufen
tier-assign-lead = Für das Onboarding, den Wechsel in ein anderes Programm oder die Korrektur eines Fehlers. Wird mit Ihrer Begründung im Verlauf festgehalten; die Bewertung setzt von hier aus fort.
tier-assign-reason = Begründung *
tier-assign-submit = Stufe zuweisen

## Die Stufenübersicht (Herstellerteam)
tier-board-title = Partnerstufen
tier-board-lead = Wie sich die Partner auf die Stufen verteilen, welche Wechsel die tägliche Bewertung vorgeschlagen hat und wer sich in einer Schonfrist befindet.
tier-board-rules = Programm und Regeln
tier-board-distribution = Verteilung auf die Stufen
tier-board-chart = Unternehmen je Stufe: { $counts }
tier-board-per-tier = Unternehmen je Stufe
tier-board-in-grace = { $count ->
    [one] { $count } Unternehmen in einer Schonfrist.
   *[other] { $count } Unternehmen in einer Schonfrist.
}
tier-board-to-decide = Zu entscheidende Wechsel ({ $count })
tier-board-nothing = Nichts zu entscheiden. Die Bewertung läuft täglich und sobald ein Deal gewonnen wird.
tier-board-companies = Unternehmen nach Stufe
tier-board-empty-title = Keine Unternehmen
tier-board-empty-text = Kein Unternehmen ist auf dieser Stufe.

## Die Programmverwaltung (Hersteller-Administratoren)
tier-admin-title = Programm und Stufen
tier-admin-lead = Die Stufen, was jede verlangt und bietet, und ab welchem Datum. Eine Änderung gilt ab ihrem Datum; Bewertung und Incentives verwenden immer die Regeln, die zum jeweiligen Zeitpunkt in Kraft waren.
tier-admin-new-program = Neues Programm
tier-notice-saved = Programm gespeichert.
tier-notice-added = Stufe hinzugefügt. Legen Sie unten ihre Regeln fest.
tier-notice-ruled = Regeln gespeichert.
tier-program-name = Name *
tier-program-currency = Währung
tier-program-grace = Schonfrist vor einer Abstufung (Tage)
tier-program-points-registered = Punkte pro Registrierung
tier-program-points-won = Punkte pro gewonnenem Deal
tier-program-rates = Wechselkurse in die Programmwährung
tier-program-rates-hint = Einer pro Zeile, z. B. EUR = 1,08. Gewonnene Deals in anderen Währungen werden nicht gezählt.
tier-program-points = Punkte und Rangliste
tier-program-public = Partner sehen andere Unternehmen in der Rangliste (sonst nur ihren eigenen Rang)
tier-program-default = Neue Unternehmen treten diesem Programm bei
tier-program-save = Programm speichern
tier-program-create = Programm erstellen
tier-program-default-badge = Standard
tier-program-companies = { $count ->
    [one] { $count } Unternehmen
   *[other] { $count } Unternehmen
}
tier-add-title = Stufe zu { $program } hinzufügen
tier-add-name = Name der Stufe *
tier-add-rank = Rang (0 = Einstiegsstufe)
tier-add-submit = Stufe hinzufügen
tier-rules-title = { $tier } (Rang { $rank })
tier-rules-none = Noch keine Regeln: Die Stufe wird erst verwendet, wenn eine Version in Kraft ist.
tier-rules-label = Regelversionen für { $tier }
tier-rules-in-force = In Kraft
tier-rules-new = Neue Version der Regeln für { $tier }
tier-rule-from = Gilt ab *
tier-rule-revenue = Gewonnener Umsatz, letzte 12 Monate
tier-rule-certified-hint = Wird gezählt, sobald es Schulungen gibt
tier-rule-criteria = Kriterien, die ein Channel-Manager bestätigt
tier-rule-criteria-hint = Eines pro Zeile
tier-rule-discount = Wiederverkaufsrabatt in %
tier-rule-margin = Marge für Deal-Registrierungen in %
tier-rule-rebate = Rückvergütung in %
tier-rule-commission = Provision in %
tier-rule-mdf = Berechtigt für Marketing-Entwicklungsfonds (MDF)
tier-rule-save = Version speichern

## Rückvergütungen und Punkte (Partner)
tier-earnings-title = Rückvergütungen und Punkte
tier-earnings-lead = Was Ihre gewonnenen Deals zu den Sätzen Ihrer Stufe eingebracht haben, was ausgezahlt ist und welchen Rang Ihr Unternehmen einnimmt.
tier-earnings-empty-title = Noch nichts verdient
tier-earnings-empty-text = Gewonnene Deals bringen eine Rückvergütung (und, sofern Ihre Stufe eine vorsieht, eine Provision) zu den Sätzen, die am Tag des Gewinns für Ihre Stufe gelten.
tier-totals-due = Fällig (verdient und genehmigt)
tier-totals-approved = Zur Auszahlung genehmigt
tier-entries-label = Rückvergütungen und Provisionen
tier-entries-title = Posten
tier-entries-all = Alle Posten
tier-entries-empty = Hier gibt es keine Posten.
tier-entry-payout = Auszahlung #{ $id }
tier-leaderboard-title = Rangliste { $year }
tier-leaderboard-own = { $points ->
    [one] Ihr Unternehmen belegt in diesem Jahr mit { $points } Punkt Platz { $rank } von { $of }.
   *[other] Ihr Unternehmen belegt in diesem Jahr mit { $points } Punkten Platz { $rank } von { $of }.
}
tier-leaderboard-label = Rangliste
tier-leaderboard-private = In diesem Programm sind die Punkte anderer Unternehmen nicht öffentlich. Für registrierte und gewonnene Deals erhalten Sie Punkte.

## Auszahlungen (Hersteller-Administratoren)
tier-payouts-title = Auszahlungen
tier-payouts-heading = Rückvergütungen und Provisionen: Auszahlungen
tier-payouts-lead = Genehmigen Sie die Verdienste der Partner in einem Auszahlungslauf, exportieren Sie ihn für die Finanzabteilung und markieren Sie ihn dann mit der Zahlungsreferenz als ausgezahlt.
tier-notice-created = Auszahlungslauf erstellt: Seine Posten sind genehmigt.
tier-notice-paid = Als ausgezahlt markiert. Die Administratoren jedes Partners wurden benachrichtigt.
tier-notice-released = Posten aus dem Lauf genommen; er ist wieder als verdient geführt.
tier-notice-clawed = Posten zurückgefordert.
tier-payouts-all-companies = Alle Unternehmen
tier-payouts-earned = Verdient, noch in keinem Lauf
tier-payouts-earned-none = Es warten keine verdienten Beträge.
tier-payouts-new = Neuer Auszahlungslauf
tier-payouts-until = Verdient bis einschließlich
tier-payouts-until-hint = Leer: alles bisher Verdiente
tier-payouts-note = Notiz
tier-payouts-create = In einem Auszahlungslauf genehmigen
tier-runs-title = Auszahlungsläufe
tier-runs-empty = Noch keine Läufe.
tier-runs-download = Herunterladen
tier-run-title = Auszahlungslauf #{ $id }
tier-run-export = CSV für die Finanzabteilung exportieren
tier-run-unpaid = Genehmigt, nicht ausgezahlt
tier-run-entries = { $count ->
    [one] { $count } Posten
   *[other] { $count } Posten
}
tier-run-paid = ausgezahlt am { $date } · Referenz { $reference }
tier-run-reference = Zahlungsreferenz *
tier-run-reference-hint = Wie in der Überweisung oder im Zahlungslauf der Finanzabteilung
tier-run-pay = Als ausgezahlt markieren
tier-entry-release = Aus dem Lauf nehmen
tier-entry-claw = Zurückfordern

## Spaltenköpfe der Auszahlungs-CSV
tier-csv-payout = Auszahlung
tier-csv-entry = Posten
tier-csv-company-id = Unternehmens-ID
tier-csv-company = Unternehmen
tier-csv-deal-id = Deal-ID
tier-csv-customer = Kunde
tier-csv-kind = Art
tier-csv-status = Status
tier-csv-currency = Währung
tier-csv-deal-value = Deal-Wert
tier-csv-rate-percent = Satz in %
tier-csv-amount = Betrag
tier-csv-earned-on = Verdient am
tier-csv-reference = Referenz

## Was die Bewertung in den Verlauf schreibt
tier-joined-note = Dem Programm { $program } auf der Stufe { $tier } beigetreten.
tier-reason-up = Erfüllt die Anforderungen für { $tier }: { $progress }.
tier-reason-down = Schonfrist abgelaufen; weiterhin unter den Anforderungen für { $tier }: { $progress }.
tier-grace-note = Unter den Anforderungen für { $tier }: { $progress }. Die Stufe bleibt bis { $until } erhalten.
tier-grace-cleared-note = Erfüllt die Anforderungen für { $tier } wieder.
tier-withdrawn-figures = Die Zahlen stützen diesen Wechsel nicht mehr.
tier-withdrawn-back = Erfüllt die Anforderungen der Stufe wieder.
tier-withdrawn-below = Liegt jetzt unter der aktuellen Stufe.
tier-withdrawn-newer = Durch eine neuere Bewertung ersetzt.
tier-withdrawn-assigned = Durch eine direkte Einstufung ersetzt.

## Benachrichtigungen
tier-proposed-up-title = { $company } qualifiziert sich für einen Aufstieg: { $from } -> { $to }
tier-proposed-down-title = { $company } fällt zurück: { $from } -> { $to }
tier-grace-title = Behalten Sie Ihre Stufe { $tier }
tier-now-title = Ihre Partnerstufe ist jetzt { $tier }
tier-now-up = Herzlichen Glückwunsch: Sie sind von { $from } auf { $to } aufgestiegen.
tier-now-up-note = Herzlichen Glückwunsch: Sie sind von { $from } auf { $to } aufgestiegen. { $note }
tier-now-down = Ihre Partnerstufe wurde von { $from } auf { $to } geändert.
tier-now-down-note = Ihre Partnerstufe wurde von { $from } auf { $to } geändert. { $note }
tier-kept-title = Sie behalten Ihre Stufe { $tier }
tier-kept-body = Der vorgeschlagene Wechsel auf { $to } wurde nicht vorgenommen: { $note }
tier-paid-title = { $amount } an Rückvergütungen und Provisionen ausgezahlt
tier-paid-body = Zahlungsreferenz { $reference }.

## Fehler
tier-error-percent = Geben Sie einen Prozentsatz zwischen 0 und 100 ein, z. B. 2,5.
tier-error-rate = Geben Sie einen Kurs wie 1,08 ein (Programmwährung pro Einheit).
tier-error-rate-line = Zeile { $line }: Geben Sie einen Kurs wie 1,08 ein (Programmwährung pro Einheit).
tier-error-rates-line = Zeile { $line }: Schreiben Sie WÄHRUNG = Kurs, z. B. EUR = 1,08, für eine andere Währung als die des Programms.
tier-error-days = Geben Sie eine Anzahl von Tagen von 0 bis { $max } ein.
tier-error-points = Geben Sie Punkte von 0 bis { $max } ein.
tier-error-rank = Geben Sie einen Rang von 0 bis { $max } ein.
tier-error-count = Geben Sie eine Anzahl von 0 bis { $max } ein.
tier-error-currency = Wählen Sie eine der aufgeführten Währungen.
tier-error-program-taken = Ein anderes Programm hat bereits diesen Namen.
tier-error-tier-taken = { $tier } hat bereits diesen Rang oder Namen.
tier-error-from = Geben Sie das Datum ein, ab dem die Regeln gelten (JJJJ-MM-TT).
tier-error-from-used = Mit den Regeln ab diesem Datum wurden bereits Incentives berechnet; fügen Sie eine Version mit einem späteren Datum hinzu.
tier-error-criteria = Bis zu 10 Kriterien, eines pro Zeile, jeweils bis zu 120 Zeichen.
tier-error-content = Wählen Sie eine Inhaltsstufe.
tier-error-up-to = Bis zu { $max } Zeichen.
tier-error-reject-note = Begründen Sie kurz (die Manager des Partners sehen den Text).
tier-error-assign-note = Begründen Sie kurz (3 bis 500 Zeichen).
tier-error-already-approved = Dieser Wechsel wurde bereits genehmigt. Laden Sie die Seite neu, um die Stufe des Unternehmens zu sehen.
tier-error-already-rejected = Dieser Wechsel wurde bereits abgelehnt. Laden Sie die Seite neu, um die Stufe des Unternehmens zu sehen.
tier-error-already-withdrawn = Dieser Wechsel wurde bereits zurückgezogen. Laden Sie die Seite neu, um die Stufe des Unternehmens zu sehen.
tier-error-tier-moved = Die Stufe des Unternehmens hat sich seit diesem Vorschlag geändert. Laden Sie die Seite neu.
tier-error-criterion = Dieses Kriterium gehört nicht zu den geltenden Regeln der Stufe.
tier-error-decision = Genehmigen oder ablehnen?
tier-error-company = Wählen Sie ein Unternehmen oder alle Unternehmen.
tier-error-until = Geben Sie ein Datum ein (JJJJ-MM-TT) oder lassen Sie das Feld leer, um alles bisher Verdiente einzubeziehen.
tier-error-nothing-earned = Keine verdienten Beträge gefunden: Es wurde kein Auszahlungslauf erstellt.
tier-error-reference = Geben Sie die Zahlungsreferenz der Finanzabteilung ein (2 bis 100 Zeichen).
tier-error-run-paid = Dieser Auszahlungslauf ist bereits ausgezahlt.
tier-error-release = Nur ein genehmigter Posten eines nicht ausgezahlten Laufs kann herausgenommen werden. Laden Sie die Seite neu.
tier-error-claw-reason = Begründen Sie kurz (3 bis 500 Zeichen); der Partner sieht die Begründung.
tier-error-clawed = Dieser Posten wurde bereits zurückgefordert.
tier-error-run-id = Welcher Auszahlungslauf? Geben Sie seine ID an.
