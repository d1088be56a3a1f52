# Niveaux et incitations : le niveau du partenaire et sa progression, les
# remises et les points, le tableau des niveaux et les pages entreprise de
# l'équipe fournisseur, la console du programme, les lots de versements, et
# ce que l'évaluation écrit et envoie.
# Glossaire des termes métier : locales/GLOSSARY.md.

## Shared words
tier-yes = Oui
tier-no = Non
tier-filter-all = Tous
tier-progress-separator = {" ; "}

## Content levels
tier-content-basic = De base
tier-content-standard = Standard
tier-content-premium = Premium

## Incentive kinds and statuses
tier-incentive-rebate = Remise
tier-incentive-commission = Commission
tier-incentive-earned = Acquise
tier-incentive-approved = Approuvée
tier-incentive-paid = Versée
tier-incentive-clawed-back = Récupérée

## Requirements
tier-req-revenue = Chiffre d'affaires gagné sur les 12 derniers mois
tier-req-approved = Enregistrements d'opportunités approuvés sur les 12 derniers mois
tier-req-won = Enregistrements d'opportunités gagnés sur les 12 derniers mois
tier-req-certified = Personnes certifiées

## Progress
tier-progress-untracked = Pas encore suivi
tier-progress-of = { $current } sur { $target }
tier-progress-done = Validé
tier-progress-not-yet = Pas encore
tier-progress-not-counted = Pas encore comptabilisé
tier-progress-met = Atteint
tier-progress-certification = Les certifications seront comptabilisées dès que les formations feront partie du portail ; d'ici là, elles ne bloquent pas l'accès au niveau.

## Progress lines in reasons and notes
tier-line-untracked = { $requirement } : pas encore suivi
tier-line-revenue = { $current } sur { $target } de chiffre d'affaires gagné sur les 12 derniers mois
tier-line-approved = { $current } sur { $target } enregistrements d'opportunités approuvés sur les 12 derniers mois
tier-line-won = { $current } sur { $target } enregistrements d'opportunités gagnés sur les 12 derniers mois
tier-line-certified = { $current } sur { $target } personnes certifiées
tier-line-custom-done = { $criterion } : validé
tier-line-custom-open = { $criterion } : pas encore

## Benefits
tier-benefit-discount = Réduction revendeur
tier-benefit-margin = Marge supplémentaire sur les opportunités enregistrées
tier-benefit-rebate = Remise sur les opportunités gagnées
tier-benefit-commission = Commission sur les opportunités gagnées
tier-benefit-mdf = Fonds de développement marketing
tier-benefit-mdf-eligible = Éligible
tier-benefit-mdf-not-included = Non inclus
tier-benefit-content = Accès aux contenus

## The tier card
tier-card-title = Votre niveau : { $tier }
tier-card-details = Détails du niveau
tier-card-since = { $program } · depuis le { $date }
tier-card-benefits = Réduction de { $discount } · marge d'enregistrement de { $margin } · remise de { $rebate }
tier-card-grace = En dessous des exigences du niveau { $tier } : le niveau est conservé jusqu'au { $until }. Remplissez-les de nouveau pour le garder.
tier-card-keep = Pour conserver le niveau { $tier }
tier-card-pending = Passage { $from } → { $to } proposé, en attente de votre responsable de canal
tier-card-next = Progression vers le niveau { $tier }
tier-card-top = Vous avez atteint le niveau le plus élevé du programme.

## Column headers
tier-col-tier = Niveau
tier-col-revenue-12 = Chiffre d'affaires gagné (12 mois)
tier-col-revenue = Chiffre d'affaires
tier-col-approved = Approuvés
tier-col-won = Gagnés
tier-col-certified = Certifiés
tier-col-discount = Réduction
tier-col-deal-margin = Marge sur opportunité
tier-col-margin = Marge
tier-col-rebate = Remise
tier-col-commission = Commission
tier-col-mdf = MDF
tier-col-content = Contenus
tier-col-from = À partir du
tier-col-criteria = Critères
tier-col-program = Programme
tier-col-companies = Entreprises
tier-col-company = Entreprise
tier-col-region = Région
tier-col-since = Depuis
tier-col-qualifies = Éligible à
tier-col-grace = Délai de grâce jusqu'au
tier-col-deal = Opportunité
tier-col-kind = Type
tier-col-status = Statut
tier-col-deal-value = Montant de l'opportunité
tier-col-rate = Taux
tier-col-amount = Montant
tier-col-action = Action
tier-col-rank = Rang
tier-col-points = Points
tier-col-run = Lot
tier-col-entries = Lignes
tier-col-total = Total
tier-col-created = Créé le
tier-col-reference = Référence
tier-col-csv = CSV

## The partner's tier page
tier-mine-title = Votre niveau
tier-mine-lead = La position de votre entreprise dans le programme partenaires, ce qu'il faut pour atteindre le niveau suivant et ce qu'il apporte.
tier-figures-title = 12 derniers mois
tier-figures-revenue = Chiffre d'affaires gagné
tier-figures-approved = Enregistrements approuvés
tier-figures-won = Enregistrements gagnés
tier-figures-unconverted = Les opportunités gagnées en { $currencies } ne sont pas comptabilisées : le programme n'a pas encore de taux de change pour ces devises.
tier-figures-gives = Ce que le niveau { $tier } vous apporte
tier-ladder-title = { $program } : niveaux
tier-ladder-label = Niveaux du programme
tier-ladder-current = Actuel
tier-ladder-also = Également : { $criteria }
tier-ladder-no-rules = Aucune règle en vigueur pour l'instant
tier-history-title = Historique des niveaux
tier-history-empty = Aucun changement pour l'instant.
tier-none-title = Pas encore dans un programme
tier-none-text = L'entreprise rejoindra le programme partenaires par défaut, à son niveau d'entrée, lors de la prochaine évaluation (chaque jour et à chaque opportunité gagnée).

## History
tier-event-placed = Placement au niveau { $to }
tier-event-assigned = Passage direct de { $from } à { $to }
tier-event-proposed = Passage { $from } → { $to } proposé
tier-event-approved = Passage de { $from } à { $to }
tier-event-rejected = Passage { $from } → { $to } non approuvé
tier-event-withdrawn = Proposition pour { $to } retirée
tier-event-grace-started = Délai de grâce ouvert au niveau { $to }
tier-event-grace-cleared = De nouveau conforme aux exigences du niveau { $to }
tier-event-checked = Critère du niveau { $to } rempli
tier-event-unchecked = Critère du niveau { $to } plus rempli

## A company's tier page (staff)
tier-company-title = Niveau du partenaire
tier-company-heading = { $company } : niveau
tier-company-evaluated = Dernière évaluation : { $at }
tier-company-not-evaluated = Pas encore évaluée
tier-company-link = Entreprise
tier-evaluate-now = Évaluer maintenant
tier-notice-decided = Décision enregistrée. Les administrateurs du partenaire ont été avertis.
tier-notice-checked = Critère enregistré et entreprise évaluée de nouveau.
tier-notice-assigned = Niveau attribué.
tier-notice-evaluated = Évaluation effectuée avec les chiffres du jour.
tier-decide-title = { $company } : { $from } → { $to }
tier-decide-up = Passage au niveau supérieur
tier-decide-down = Passage au niveau inférieur
tier-decide-proposed = Proposition du { $at }
tier-decide-note = Note pour le partenaire (obligatoire pour refuser)
tier-decide-approve = Approuver
tier-decide-reject = Refuser
tier-criteria-title = Critères à confirmer par vous
tier-criteria-lead = Les exigences que le portail ne peut pas mesurer (un business plan signé, une revue trimestrielle). Cocher un critère déclenche une nouvelle évaluation de l'entreprise.
tier-criteria-untick = Décocher
tier-criteria-tick = Marquer comme rempli
tier-assign-title = Attribuer directement un niveau
tier-assign-lead = Pour une intégration, un changement de programme ou la correction d'une erreur. Consigné dans l'historique avec votre motif ; l'évaluation reprend ensuite à partir de ce niveau.
tier-assign-reason = Motif *
tier-assign-submit = Attribuer le niveau

## The tier board (staff)
tier-board-title = Niveaux des partenaires
tier-board-lead = La répartition des partenaires entre les niveaux, les changements proposés par l'évaluation quotidienne et les entreprises en délai de grâce.
tier-board-rules = Programme et règles
tier-board-distribution = Répartition par niveau
tier-board-chart = Entreprises par niveau : { $counts }
tier-board-per-tier = Entreprises par niveau
tier-board-in-grace = { $count ->
    [one] { $count } entreprise en délai de grâce.
   *[other] { $count } entreprises en délai de grâce.
}
tier-board-to-decide = Changements à décider ({ $count })
tier-board-nothing = Aucune décision à prendre. L'évaluation a lieu chaque jour et à chaque opportunité gagnée.
tier-board-companies = Entreprises par niveau
tier-board-empty-title = Aucune entreprise
tier-board-empty-text = Aucune entreprise n'est à ce niveau.

## The program console (vendor admins)
tier-admin-title = Programme et niveaux
tier-admin-lead = Les niveaux, ce que chacun exige et apporte, et à partir de quelle date. Une modification s'applique à partir de sa date ; l'évaluation et les incitations utilisent toujours les règles en vigueur au moment concerné.
tier-admin-new-program = Nouveau programme
tier-notice-saved = Programme enregistré.
tier-notice-added = Niveau ajouté. Définissez ses règles ci-dessous.
tier-notice-ruled = Règles enregistrées.
tier-program-name = Nom *
tier-program-currency = Devise
tier-program-grace = Délai de grâce avant rétrogradation (jours)
tier-program-points-registered = Points par enregistrement
tier-program-points-won = Points par opportunité gagnée
tier-program-rates = Taux de change vers la devise du programme
tier-program-rates-hint = Un par ligne, par ex. EUR = 1,08. Les opportunités gagnées dans d'autres devises ne sont pas comptabilisées.
tier-program-points = Points et classement
tier-program-public = Les partenaires voient les autres entreprises dans le classement (sinon, uniquement leur propre rang)
tier-program-default = Les nouvelles entreprises rejoignent ce programme
tier-program-save = Enregistrer le programme
tier-program-create = Créer le programme
tier-program-default-badge = Par défaut
tier-program-companies = { $count ->
    [one] { $count } entreprise
   *[other] { $count } entreprises
}
tier-add-title = Ajouter un niveau à { $program }
tier-add-name = Nom du niveau *
tier-add-rank = Rang (0 = niveau d'entrée)
tier-add-submit = Ajouter le niveau
tier-rules-title = { $tier } (rang { $rank })
tier-rules-none = Aucune règle pour l'instant : le niveau n'est pas utilisé tant qu'aucune version n'est en vigueur.
tier-rules-label = Versions des règles du niveau { $tier }
tier-rules-in-force = En vigueur
tier-rules-new = Nouvelle version des règles du niveau { $tier }
tier-rule-from = S'applique à partir du *
tier-rule-revenue = Chiffre d'affaires gagné, 12 derniers mois
tier-rule-certified-hint = Comptabilisé dès que les formations existeront
tier-rule-criteria = Critères confirmés par un responsable
tier-rule-criteria-hint = Un par ligne
tier-rule-discount = Réduction revendeur (%)
tier-rule-margin = Marge sur les opportunités enregistrées (%)
tier-rule-rebate = Remise (%)
tier-rule-commission = Commission (%)
tier-rule-mdf = Éligible aux fonds de développement marketing
tier-rule-save = Enregistrer la version

## Rebates and points (partners)
tier-earnings-title = Remises et points
tier-earnings-lead = Ce que vos opportunités gagnées vous ont rapporté aux taux de votre niveau, ce qui a été versé et le classement de votre entreprise.
tier-earnings-empty-title = Rien d'acquis pour l'instant
tier-earnings-empty-text = Chaque opportunité gagnée vous rapporte une remise (et, si votre niveau en prévoit une, une commission) aux taux de votre niveau le jour où elle est gagnée.
tier-totals-due = Dû (acquis et approuvé)
tier-totals-approved = Approuvé pour paiement
tier-entries-label = Remises et commissions
tier-entries-title = Lignes
tier-entries-all = Toutes les lignes
tier-entries-empty = Aucune ligne ici.
tier-entry-payout = Versement #{ $id }
tier-leaderboard-title = Classement { $year }
tier-leaderboard-own = { $points ->
    [one] Votre entreprise occupe le rang { $rank } sur { $of } avec { $points } point cette année.
   *[other] Votre entreprise occupe le rang { $rank } sur { $of } avec { $points } points cette année.
}
tier-leaderboard-label = Classement
tier-leaderboard-private = Dans ce programme, les points des autres entreprises ne sont pas publics. Enregistrer des opportunités et les gagner rapporte des points.

## Payouts (vendor admins)
tier-payouts-title = Versements
tier-payouts-heading = Remises et commissions : versements
tier-payouts-lead = Approuvez ce que les partenaires ont acquis dans un lot de versements, exportez-le pour le service financier, puis marquez-le comme versé avec la référence du paiement.
tier-notice-created = Lot de versements créé : ses lignes sont approuvées.
tier-notice-paid = Marqué comme versé. Les administrateurs de chaque partenaire ont été avertis.
tier-notice-released = Ligne retirée du lot ; elle redevient acquise.
tier-notice-clawed = Ligne récupérée.
tier-payouts-all-companies = Toutes les entreprises
tier-payouts-earned = Acquis, pas encore dans un lot
tier-payouts-earned-none = Aucun montant acquis en attente.
tier-payouts-new = Nouveau lot de versements
tier-payouts-until = Acquis jusqu'au (inclus)
tier-payouts-until-hint = Vide : tout ce qui a été acquis jusqu'ici
tier-payouts-note = Note
tier-payouts-create = Approuver dans un lot de versements
tier-runs-title = Lots de versements
tier-runs-empty = Aucun lot pour l'instant.
tier-runs-download = Télécharger
tier-run-title = Lot de versements #{ $id }
tier-run-export = Exporter le CSV pour le service financier
tier-run-unpaid = Approuvé, non versé
tier-run-entries = { $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
}
tier-run-paid = versé le { $date } · référence { $reference }
tier-run-reference = Référence du paiement *
tier-run-reference-hint = Telle qu'elle figure sur le virement ou le lot de paiement du service financier
tier-run-pay = Marquer comme versé
tier-entry-release = Retirer du lot
tier-entry-claw = Récupérer

## The payout CSV's column headers
tier-csv-payout = versement
tier-csv-entry = ligne
tier-csv-company-id = id_entreprise
tier-csv-company = entreprise
tier-csv-deal-id = id_opportunité
tier-csv-customer = client
tier-csv-kind = type
tier-csv-status = statut
tier-csv-currency = devise
tier-csv-deal-value = montant_opportunité
tier-csv-rate-percent = taux_pourcentage
tier-csv-amount = montant
tier-csv-earned-on = acquis_le
tier-csv-reference = référence

## What evaluation writes into the history
tier-joined-note = A rejoint { $program } au niveau { $tier }.
tier-reason-up = Remplit les exigences du niveau { $tier } : { $progress }.
tier-reason-down = Délai de grâce écoulé ; toujours en dessous du niveau { $tier } : { $progress }.
tier-grace-note = En dessous des exigences du niveau { $tier } : { $progress }. Le niveau est conservé jusqu'au { $until }.
tier-grace-cleared-note = Remplit de nouveau les exigences du niveau { $tier }.
tier-withdrawn-figures = Les chiffres ne justifient plus ce changement.
tier-withdrawn-back = De nouveau conforme aux exigences du niveau.
tier-withdrawn-below = Désormais en dessous du niveau actuel.
tier-withdrawn-newer = Remplacé par une évaluation plus récente.
tier-withdrawn-assigned = Remplacé par une attribution directe.

## Notifications
tier-proposed-up-title = { $company } remplit les conditions du passage { $from } → { $to }
tier-proposed-down-title = { $company } ne remplit plus les conditions : { $from } → { $to }
tier-grace-title = Conservez votre niveau { $tier }
tier-now-title = Votre niveau est désormais { $tier }
tier-now-up = Félicitations : vous passez de { $from } à { $to }.
tier-now-up-note = Félicitations : vous passez de { $from } à { $to }. { $note }
tier-now-down = Votre niveau est passé de { $from } à { $to }.
tier-now-down-note = Votre niveau est passé de { $from } à { $to }. { $note }
tier-kept-title = Vous conservez votre niveau { $tier }
tier-kept-body = Le passage proposé au niveau { $to } n'a pas été effectué : { $note }
tier-paid-title = Remises et commissions versées : { $amount }
tier-paid-body = Référence du paiement : { $reference }.

## Errors
tier-error-percent = Saisissez un pourcentage compris entre 0 et 100, par ex. 2,5.
tier-error-rate = Saisissez un taux comme 1,08 (en devise du programme par unité).
tier-error-rate-line = Ligne { $line } : saisissez un taux comme 1,08 (en devise du programme par unité).
tier-error-rates-line = Ligne { $line } : écrivez DEVISE = taux, par ex. EUR = 1,08, pour une devise autre que celle du programme.
tier-error-days = Saisissez un nombre de jours compris entre 0 et { $max }.
tier-error-points = Saisissez un nombre de points compris entre 0 et { $max }.
tier-error-rank = Saisissez un rang compris entre 0 et { $max }.
tier-error-count = Saisissez un nombre compris entre 0 et { $max }.
tier-error-currency = Choisissez l'une des devises de la liste.
tier-error-program-taken = Un autre programme porte déjà ce nom.
tier-error-tier-taken = Le niveau { $tier } a déjà ce rang ou ce nom.
tier-error-from = Saisissez la date à partir de laquelle les règles s'appliquent (AAAA-MM-JJ).
tier-error-from-used = Des incitations ont déjà été calculées avec les règles de cette date ; ajoutez une version à une date ultérieure.
tier-error-criteria = 10 critères au maximum, un par ligne, de 120 caractères chacun au plus.
tier-error-content = Choisissez un niveau de contenu.
tier-error-up-to = { $max } caractères au maximum.
tier-error-reject-note = Indiquez en quelques mots pourquoi (les responsables du partenaire le verront).
tier-error-assign-note = Indiquez en quelques mots pourquoi (de 3 à 500 caractères).
tier-error-already-approved = Ce changement a déjà été approuvé. Rechargez la page pour voir le niveau de l'entreprise.
tier-error-already-rejected = Ce changement a déjà été refusé. Rechargez la page pour voir le niveau de l'entreprise.
tier-error-already-withdrawn = Ce changement a déjà été retiré. Rechargez la page pour voir le niveau de l'entreprise.
tier-error-tier-moved = Le niveau de l'entreprise a changé depuis cette proposition. Rechargez la page.
tier-error-criterion = Ce critère ne fait pas partie des règles en vigueur pour ce niveau.
tier-error-decision = Approuver ou refuser ?
tier-error-company = Choisissez une entreprise ou toutes les entreprises.
tier-error-until = Saisissez une date (AAAA-MM-JJ) ou laissez le champ vide pour tout ce qui a été acquis jusqu'ici.
tier-error-nothing-earned = Aucun montant acquis ne correspond : aucun lot de versements n'a été créé.
tier-error-reference = Saisissez la référence de paiement utilisée par le service financier (de 2 à 100 caractères).
tier-error-run-paid = Ce lot de versements est déjà versé.
tier-error-release = Seule une ligne approuvée d'un lot non versé peut en être retirée. Rechargez la page.
tier-error-claw-reason = Indiquez pourquoi (de 3 à 500 caractères) ; le partenaire le verra.
tier-error-clawed = Cette ligne a déjà été récupérée.
tier-error-run-id = Quel lot de versements ? Indiquez son ID.
