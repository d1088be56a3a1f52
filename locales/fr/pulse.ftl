## Le sondage éclair du portail (deux questions par trimestre sur le premier écran du partenaire)

pulse-title = Une petite question
pulse-question = Quelle est la probabilité que vous recommandiez ce portail partenaires à un collègue ?
pulse-scale-low = 0 : pas du tout probable
pulse-scale-high = 10 : extrêmement probable
pulse-comment = Quelle est la chose que nous devrions changer en priorité ? (facultatif)
pulse-comment-hint = Lu par l'équipe canal du fournisseur. Cette question vous est posée au plus une fois par trimestre.
pulse-send = Envoyer
pulse-not-now = Pas maintenant
pulse-thanks = Merci : votre réponse a bien été transmise à l'équipe canal du fournisseur.
pulse-error-score = Choisissez une note de 0 à 10.
pulse-error-comment-long = Limitez le commentaire à { $max } caractères.
pulse-error-already = Vous avez déjà répondu ce trimestre ; la prochaine question vous sera posée le trimestre prochain.
