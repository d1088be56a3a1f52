## Die Pulsbefragung im Portal (zwei Fragen pro Quartal auf der ersten Seite des Partners)

pulse-title = Eine kurze Frage
pulse-question = Wie wahrscheinlich ist es, dass Sie dieses Partnerportal einer Kollegin oder einem Kollegen empfehlen?
pulse-scale-low = 0: überhaupt nicht wahrscheinlich
pulse-scale-high = 10: äußerst wahrscheinlich
pulse-comment = Was sollten wir vor allem ändern? (optional)
pulse-comment-hint = Wird vom Channel-Team des Herstellers gelesen. Wir fragen höchstens einmal pro Quartal.
pulse-send = Senden
pulse-not-now = Nicht jetzt
pulse-thanks = Vielen Dank: Ihre Antwort ist beim Channel-Team des Herstellers angekommen.
pulse-error-score = Wählen Sie einen Wert von 0 bis 10.
pulse-error-comment-long = Kürzen Sie den Kommentar auf höchstens { $max } Zeichen.
pulse-error-already = Sie haben in diesem Quartal bereits geantwortet; die nächste Frage folgt im nächsten Quartal.
