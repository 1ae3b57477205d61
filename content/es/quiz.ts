import type { QuizMessages } from '@/lib/schema/quiz-words';

export const quizMessages = {
  page: {
    title: '¿Qué cuenta te conviene?',
    description:
      'Un test breve que te recomienda WeCom, WeChat personal o las dos según cómo vas a usar la cuenta, con cada razón apoyada en una cifra con fuente.',
    intro:
      'Responde hasta {count} preguntas breves sobre cómo vas a usar la cuenta y te diremos si te conviene WeCom, WeChat personal o las dos. Son unos dos minutos, y cada razón enlaza a la cifra en la que se apoya y a su fuente.',
    start: 'Empezar el test',
    guideLink: 'Mira cómo decide el test, respuesta por respuesta',
    noScript: 'El test interactivo necesita JavaScript.',
    noScriptGuide: 'Lee la guía de decisión: la misma lógica, con las mismas cifras',
  },
  flow: {
    progress: 'Pregunta {n} de {total}',
    progressLabel: 'Progreso del test',
    back: 'Atrás',
    next: 'Siguiente',
    saveAndReturn: 'Guardar y volver al resumen',
    chooseOne: 'Elige una respuesta para seguir.',
  },
  questions: {
    purpose: {
      legend: '¿Para quién es la cuenta?',
      short: 'Para quién es',
      hint: 'Piensa en el uso principal que le vas a dar.',
      options: {
        me: 'Para mí: amigos, familia y mis propios contactos',
        business: 'Para mi negocio u organización',
        both: 'Para las dos cosas: mi vida privada y mi trabajo con clientes',
      },
      notes: {
        'for-individuals':
          'WeChat personal está pensado para {value}: la cuenta y los contactos son tuyos.',
        'for-organisations': 'WeCom está pensado para {value}: la cuenta es de la organización.',
        'keep-apart':
          'WeCom está pensado para {value}; si lo usas para el trabajo, tu WeChat personal queda para tu vida privada.',
      },
    },
    contacts: {
      legend: '¿Cuántos contactos o clientes tiene que atender una sola persona?',
      short: 'Contactos por persona',
      hint: 'Cuenta los de quien más tenga: tú o el empleado con más clientes.',
      options: {
        friends: 'Hasta {to}',
        'chats-only': 'Más de {from} y hasta {to}',
        'member-max': 'Más de {from} y hasta {to}',
        beyond: 'Más de {from}',
      },
      notes: {
        'chats-only':
          'En WeChat personal, a partir de {value} los nuevos contactos quedan en «Solo chat»: no ven tus Momentos.',
        'friend-cap': 'WeChat personal no pasa de {value} en total.',
        'member-approval':
          'En WeCom, el límite de cada empleado sube a {value} si el administrador lo amplía.',
        'spread-members':
          'Ninguna cuenta llega a tanto sola: WeCom admite {value}, pero la empresa puede repartir los clientes entre varios empleados.',
      },
    },
    customers: {
      legend: '¿Y cuántos hay que atender en total, sumando a todo el equipo?',
      short: 'Contactos en total',
      hint: 'Si trabajas solo, es la misma cifra que en la pregunta anterior.',
      options: {
        'free-quota': 'Hasta {to}',
        'one-account': 'Más de {from} y hasta {to}',
        more: 'Más de {from}',
      },
      notes: {
        'free-quota': 'Una organización verificada tiene gratis en WeCom un cupo de {value}.',
        'paid-quota':
          'Por encima de {value}, WeCom cobra un cupo anual de contactos externos; WeChat personal no cobra nada.',
        scattered:
          'Una cuenta de WeChat personal no pasa de {value}: tus clientes quedarían repartidos en los teléfonos de cada persona, sin una lista común.',
      },
    },
    team: {
      legend:
        '¿Varias personas atienden a los mismos clientes, y esos clientes deben seguir con la empresa cuando alguien se va?',
      short: 'Clientes compartidos que se quedan en la empresa',
      options: {
        must: 'Sí, es imprescindible',
        nice: 'Estaría bien, pero no es imprescindible',
        no: 'No: trabajo solo o cada cual lleva sus contactos',
      },
      notes: {
        'customers-stay':
          'En WeCom, cuando alguien se va, sus clientes pasan a un compañero y siguen con la empresa.',
        'customers-leave':
          'En WeChat personal los contactos son de cada persona: quien se va, se los lleva.',
      },
    },
    'company-name': {
      legend: '¿Tu perfil debe mostrar el nombre verificado de tu empresa?',
      short: 'Nombre verificado de la empresa',
      hint: 'En WeCom, el nombre de la empresa solo aparece si la organización está verificada; la revisión cuesta {fee}.',
      options: {
        must: 'Sí, es imprescindible',
        nice: 'Me vendría bien',
        no: 'No, prefiero aparecer solo con mi nombre',
      },
      notes: {
        'company-name': 'WeCom muestra el nombre verificado de la empresa en tu perfil.',
        'no-company-name': 'WeChat personal no puede mostrar el nombre verificado de una empresa.',
        'as-yourself': 'En WeChat personal apareces tú, sin empresa detrás y sin verificar nada.',
      },
    },
    moments: {
      legend: '¿Cuántas veces al día quieres publicar en Momentos para tus contactos?',
      short: 'Publicaciones en Momentos',
      options: {
        rarely: 'Poco o nada: no todos los días',
        'up-to': 'Hasta {to} al día',
        more: 'Más de {from} al día',
      },
      notes: {
        'moments-cap':
          'En WeCom, cada cliente ve como mucho {value} de los empleados; las demás no le llegan.',
        'moments-no-cap': 'En WeChat personal, límite de publicaciones en Momentos: {value}.',
      },
    },
    groups: {
      legend: '¿De qué tamaño es el grupo de chat más grande que necesitas?',
      short: 'Grupo más grande',
      options: {
        'up-to': 'Hasta {to} personas, o no uso grupos',
        internal: 'Más de {from} personas, solo de mi equipo',
        external: 'Más de {from} personas, con clientes u otra gente de fuera',
      },
      notes: {
        'group-cap': 'Un grupo de WeChat personal admite como mucho {value}.',
        'customer-group-cap': 'Un grupo con clientes en WeCom admite como mucho {value}.',
        'internal-group': 'Un grupo interno de WeCom, solo con empleados, admite hasta {value}.',
        'all-staff-group': 'El grupo de toda la empresa llega a {value}.',
        'qr-linked-groups':
          'Con el código QR dinámico de WeCom, un mismo código reparte a la gente entre hasta {number} grupos y, cuando todos están llenos, WeCom crea otro automáticamente.',
      },
    },
    'broadcast-size': {
      legend:
        '¿Envías mensajes masivos, el mismo mensaje a muchos contactos a la vez? ¿A cuántas personas cada vez?',
      short: 'Destinatarios de cada envío masivo',
      options: {
        none: 'No envío mensajes masivos',
        small: 'A {to} personas o menos',
        large: 'A más de {from} y hasta {to}',
        huge: 'A más de {from}',
      },
      notes: {
        'broadcast-batches':
          'WeChat personal envía cada mensaje masivo a {value} como mucho: para llegar a más, tendrías que repetirlo por tandas.',
        'wecom-batch': 'WeCom llega a {value} en un solo envío.',
      },
    },
    'broadcast-frequency': {
      legend: '¿Con qué frecuencia le llegan esos envíos masivos a una misma persona?',
      short: 'Frecuencia de los envíos masivos',
      hint: 'WeCom limita los envíos masivos que recibe cada cliente: {limit}.',
      options: {
        within: 'Dentro de ese límite',
        more: 'Más a menudo',
      },
      notes: {
        'broadcast-cap': 'WeCom limita los envíos masivos que recibe cada cliente: {value}.',
      },
    },
    'work-tools': {
      legend:
        '¿Necesitas agenda, reuniones, documentos compartidos, aprobaciones o registro de asistencia en la misma app?',
      short: 'Herramientas de trabajo',
      options: {
        must: 'Sí, en la misma app que el chat',
        nice: 'Me vendrían bien',
        no: 'No, o ya uso otras herramientas',
      },
      notes: {
        'work-tools':
          'WeCom trae integrados agenda, reuniones, documentos compartidos y almacenamiento en WeDrive.',
        'no-work-tools': 'WeChat personal no trae esas herramientas integradas.',
        'check-in': 'También trae registro de asistencia, aprobaciones e informes.',
      },
    },
  },
  summary: {
    title: 'Repasa tus respuestas',
    intro: 'Puedes cambiar cualquiera antes de ver el resultado.',
    change: 'Cambiar',
    changeLabel: 'Cambiar la respuesta: {question}',
    seeResult: 'Ver el resultado',
    untrusted:
      'Estas respuestas vienen de un enlace modificado. Comprueba cada una, cambia las que no sean tuyas y confírmalas.',
    confirm: 'Sí, son mis respuestas',
  },
  outcomes: {
    wecom: {
      title: 'Resultado: te conviene WeCom',
      description:
        'WeCom, la aplicación independiente que el equipo de WeChat creó para organizaciones, cubre lo que necesitas: clientes que se quedan en la empresa, más contactos, grupos y envíos grandes. Mira por qué, cifra a cifra.',
      headline: 'Te conviene WeCom',
      summary:
        'WeCom, la aplicación independiente que el equipo de WeChat creó para organizaciones, cubre lo que necesitas. Tus clientes no tienen que instalar nada: te siguen escribiendo desde su WeChat de siempre.',
      name: 'WeCom',
    },
    wechat: {
      title: 'Resultado: te conviene WeChat personal',
      description:
        'Con WeChat personal te basta: nada de lo que necesitas exige WeCom ni registrar y verificar una organización. Mira por qué, cifra a cifra.',
      headline: 'Te conviene WeChat personal',
      summary:
        'Con WeChat personal te basta: nada de lo que necesitas exige WeCom, y no tienes que registrar ni verificar ninguna organización.',
      name: 'WeChat personal',
    },
    both: {
      title: 'Resultado: te convienen WeChat personal y WeCom',
      description:
        'Te conviene usar las dos: WeChat personal para tu vida privada y WeCom para tus clientes, porque ninguna cubre sola lo que necesitas. Mira por qué, cifra a cifra.',
      headline: 'Te convienen las dos: WeChat personal y WeCom',
      summary:
        'Usa WeChat personal para tu vida privada, o para lo que WeCom no permite, y WeCom para atender a tus clientes: cada cuenta cubre lo que la otra no hace.',
      name: 'las dos cuentas',
    },
  },
  strength: {
    clear: 'Recomendación clara.',
    leaning: 'Recomendación ajustada: tus respuestas se inclinan hacia aquí, pero por poco.',
    depends:
      'Recomendación que depende de cifras sin confirmar: se apoya en datos que las fuentes no aseguran (abajo).',
    tie: 'Empate exacto.',
  },
  basis: {
    requirement: 'Lo decide algo que necesitas y que solo una de las cuentas puede hacer.',
    conflict:
      'Necesitas cosas que ninguna cuenta hace sola: cada una cubre lo que la otra no puede.',
    points:
      'Ninguna respuesta descarta una cuenta; lo deciden tus preferencias: {wecom} para WeCom y {wechat} para WeChat personal.',
    tie: 'Tus respuestas pesan exactamente lo mismo para las dos: {wecom} para cada una. Deshacemos el empate a favor de WeChat personal, porque nada de lo que pides exige registrar y verificar una organización en WeCom.',
  },
  result: {
    verdictLabel: 'Tu resultado',
    decidedBy: 'Lo que decide:',
    evidenceIntro:
      'Cada respuesta que cuenta, con la cifra en que se apoya. Abre las que quieras comprobar.',
    answersTitle: 'Tus respuestas',
    reasonsTitle: 'Por qué',
    answer: '{question}: {answer}',
    kinds: {
      'rules-out': '{account} no llega',
      weighs: 'A favor de {account}',
      informs: 'A tener en cuenta',
      neither: 'Ninguna de las dos llega',
    },
    flipsTitle: 'Qué te llevaría a otro resultado: {outcome}',
    flip: 'Si a «{question}» respondieras «{answer}», te recomendaríamos {outcome}.',
    noFlips: 'Ningún cambio de una sola respuesta cambiaría este resultado.',
    dependsOnTitle: 'De qué depende este resultado',
    dependsOn:
      'Estas cifras inclinan el resultado, pero no son firmes: las fuentes discrepan, son de segunda mano poco sólidas o es una deducción nuestra. Compruébalas antes de decidir.',
    assumptionsTitle: 'Lo que damos por supuesto',
    verifiedOrg:
      'Que tu organización se verifica en WeCom: la revisión cuesta {fee} y dura {validity}. Sin verificar, WeCom admite solo {customers} y {members}.',
    figure: '{account} · {fact}',
    source: 'Fuente',
    row: 'Ver en la tabla',
    retake: 'Repetir el test',
    change: 'Cambiar una respuesta',
  },
  share: {
    poster: 'Guardar la imagen del resultado para compartir en WeChat',
    title: 'Comparte tu resultado',
    intro:
      'El enlace lleva tus respuestas: quien lo abra verá este mismo resultado, con las mismas razones.',
    linkLabel: 'Enlace a tu resultado',
    copy: 'Copiar el enlace',
    copied: 'Enlace copiado.',
    copyFailed: 'No se pudo copiar: selecciona el enlace y cópialo a mano.',
    share: 'Compartir…',
    text: '{headline}. Así lo explica el test «¿Qué cuenta te conviene?».',
  },
  link: {
    title: 'El enlace estaba incompleto',
    damaged:
      'Parte del enlace no se ha podido leer: puede que se cortara o cambiara al copiarlo. Hemos descartado lo que no entendíamos.',
    recovered: 'Hemos recuperado {n} de {total} respuestas.',
    finish: 'Terminar el test',
    review: 'Revisar las respuestas',
    retake: 'Empezar de nuevo',
    alteredTitle: 'Este enlace se modificó después de crearse',
    altered:
      'Su carácter de comprobación no cuadra: alguna respuesta ha cambiado y no podemos saber cuál. Te mostramos las respuestas que trae, pero ninguna cuenta hasta que las confirmes o las cambies.',
    confirm: 'Revisar y confirmar',
  },
  guide: {
    title: 'Guía de decisión: qué necesidad apunta a qué cuenta',
    description:
      'La lógica del test, pregunta por pregunta: a qué cuenta apunta cada respuesta, WeCom o WeChat personal, y la cifra con fuente en la que se apoya.',
    intro:
      'Es la misma lógica que sigue el test, con las mismas cifras. En cada pregunta, busca tu respuesta y mira a qué cuenta apunta.',
    howTitle: 'Cómo se decide',
    how: [
      'Si necesitas algo que solo una cuenta puede hacer, la otra queda descartada y gana esa.',
      'Si cada cuenta queda descartada por una necesidad distinta, te conviene usar las dos.',
      'Si ninguna queda descartada, se suman los puntos de tus preferencias; con {margin} puntos o más de diferencia, la recomendación es clara. Si empatan, WeChat personal, que no exige registrar ni verificar nada.',
      'Si además quieres la cuenta para tu vida privada y todo apunta a WeCom, te conviene tener las dos.',
    ],
    option: 'Si respondes «{answer}»',
    noEffect: 'No inclina la balanza hacia ninguna cuenta.',
    points: { one: '{n} punto', other: '{n} puntos' },
  },
  general: {
    title: 'Lo que suele llevar a este resultado',
    intro:
      'Estas respuestas apuntan a este resultado. Haz el test para ver tus propias razones y compartirlas.',
    take: 'Hacer el test',
  },
  verdict: {
    softRulesOut: '{account} no llegaría, pero la cifra no es firme: cuenta {points}',
    softBasis:
      'Ninguna cifra firme descarta una cuenta. Si solo una cifra poco firme dice que una cuenta no cubre algo que necesitas, esa cuenta no queda descartada: la necesidad cuenta {soft}. En total, {wecom} para WeCom y {wechat} para WeChat personal.',
    essentialTitle: 'Lo que dijiste que necesitas',
    essential: {
      'both-meet':
        '«{question}»: dijiste que lo necesitas, y las dos cuentas lo cumplen, así que no inclina el resultado hacia ninguna.',
      neither:
        '«{question}»: dijiste que lo necesitas, pero ninguna de las dos cuentas lo cumple, así que no puede decidir entre ellas.',
      outweighed:
        '«{question}»: dijiste que lo necesitas. Solo una cifra poco firme dice que {account} no lo cumple, así que contó {points} en lugar de descartarla, y tus demás respuestas pesaron lo mismo o más.',
    },
    changeTitle: 'Qué cambiaría el resultado',
    disputed: '{value}; {alternative}',
    disputedWithSources: '{value} ({sources}); {alternative} ({altSources})',
    sources: 'Fuentes',
    named:
      'La dirección de este enlace dice «{named}», pero sus respuestas llevan a {outcome}: lo que ves es lo que deciden las respuestas.',
  },
  linkNotice: {
    otherVersionTitle: 'Este enlace es de otra versión del test',
    otherVersion:
      'Sus respuestas corresponden a otras preguntas, así que no podemos leerlas con seguridad. Haz el test para ver tu resultado: lleva unos dos minutos.',
    unreadableTitle: 'No se pudo leer este enlace',
    unreadable:
      'No trae respuestas en el formato que escribe el test: puede que lo hayan editado o que se le hayan pegado caracteres como emojis. Haz el test o pide el enlace de nuevo a quien te lo envió.',
    start: 'Empezar el test',
  },
} satisfies QuizMessages;
