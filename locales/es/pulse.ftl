## La encuesta rápida del portal (dos preguntas por trimestre en la primera pantalla del partner)

pulse-title = Una pregunta rápida
pulse-question = ¿Qué probabilidad hay de que recomiende este portal de partners a un colega?
pulse-scale-low = 0: nada probable
pulse-scale-high = 10: extremadamente probable
pulse-comment = ¿Qué es lo que más deberíamos cambiar? (opcional)
pulse-comment-hint = Lo lee el equipo de canal del fabricante. Se pregunta como máximo una vez por trimestre.
pulse-send = Enviar
pulse-not-now = Ahora no
pulse-thanks = Gracias: su respuesta ha llegado al equipo de canal del fabricante.
pulse-error-score = Elija una puntuación del 0 al 10.
pulse-error-comment-long = Limite el comentario a { $max } caracteres.
pulse-error-already = Ya respondió este trimestre; la próxima pregunta llegará el próximo trimestre.
