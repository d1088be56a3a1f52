# Les pages de l'administrateur fournisseur : personnel et journal des e-mails. (Les onglets sont dans core.ftl.)

## Staff
admin-staff-title = Équipe fournisseur
admin-staff-lead = Les administrateurs fournisseur pilotent le programme ; les responsables de canal suivent les entreprises partenaires qui leur sont attribuées.
admin-col-name = Nom
admin-col-role = Rôle
admin-col-status = Statut
admin-col-last-sign-in = Dernière connexion
admin-col-actions = Actions
admin-never = Jamais
admin-enable = Activer
admin-disable = Désactiver
admin-invite-title = Inviter un membre de l'équipe
admin-invite-sent = Invitation envoyée.
admin-invite-name = Nom
admin-invite-email = E-mail professionnel
admin-invite-role = Rôle
admin-invite-submit = Envoyer l'invitation

## Mail log
admin-mail-title = Journal des e-mails
admin-mail-lead = Tous les e-mails envoyés par le portail, avec leur statut de remise. Les liens de connexion (invitations, réinitialisations de mot de passe) sont masqués ici : seul l'exemplaire du destinataire les contient.
admin-mail-empty-title = Aucun e-mail pour l'instant
admin-mail-empty-text = Les invitations et les réinitialisations de mot de passe apparaîtront ici.
# $at : l'heure de mise en file d'attente, dans le fuseau horaire du lecteur.
admin-mail-to = Destinataire : { $to } · { $at }
# $error : la réponse du serveur de messagerie ; $attempt : le nombre de tentatives jusqu'ici.
admin-mail-error = { $error } (tentative { $attempt })
admin-mail-no-smtp = Non envoyé : aucun serveur SMTP n'est configuré
admin-mail-status-pending = En attente d'envoi
admin-mail-status-sent = Envoyé
admin-mail-status-logged = Dans le journal de développement
admin-mail-status-failed = Non envoyé
