import type { CostsText } from '@/lib/schema/costs-words';

export const costsText: CostsText = {
  estimator: {
    title: 'Calcula cuánto pagarías al año',
    intro:
      'Responde unas preguntas y verás, partida por partida, lo que WeCom costaría a tu organización en un año; los precios que Tencent no publica se señalan como tales, nunca se inventan.',
    noScript:
      'La calculadora necesita JavaScript. Los tres ejemplos resueltos de más abajo muestran el mismo cálculo para organizaciones típicas.',
    fields: {
      members: {
        label: 'Empleados de la organización',
        hint: 'Todas las personas con cuenta de WeCom en tu organización.',
      },
      contacts: {
        label: 'Clientes (contactos externos)',
        hint: 'Los usuarios de WeChat a los que atienden tus empleados, contando cada uno una sola vez, incluidos los que solo aparecen en grupos.',
      },
      archivedMembers: {
        label: 'Empleados con conversaciones archivadas',
        hint: 'Empleados cuyos chats debe conservar la organización (会话内容存档).',
      },
      providerAppMembers: {
        label: 'Empleados que usan la app de un proveedor',
        hint: 'Empleados que usan una app de un proveedor de servicios (de terceros o desarrollada por encargo, 代开发); cada uno necesita una licencia de interconexión.',
      },
    },
    verified: {
      legend: '¿Está verificada la organización?',
      yes: 'Sí, verificada',
      no: 'Sin verificar',
    },
    mainland: {
      legend: '¿Dónde está registrada?',
      yes: 'En China continental',
      no: 'Fuera de China continental',
    },
    errors: {
      empty: 'Este campo está vacío: escribe un número entero, o 0 si no hay ninguno.',
      'not-a-number':
        'Escribe el número solo con cifras, sin letras ni unidades (por ejemplo, 1200).',
      negative: 'El número no puede ser negativo: escribe 0 o más.',
      'not-whole': 'Escribe un número entero, sin decimales.',
      'too-large':
        'Es una cifra demasiado alta para una organización: comprueba que no sobre ningún dígito.',
    },
    stale:
      'Sin actualizar: este cálculo sigue siendo el de los últimos números válidos. Corrige el campo señalado arriba y se actualizará.',
    problems: {
      'unverified-members-over-cap':
        'Una organización sin verificar puede tener como máximo {memberCap} empleados: verifícala o reduce la cifra.',
      'unverified-contacts-over-cap':
        'Una organización sin verificar puede tener como máximo {customerCap} clientes: verifícala o reduce la cifra.',
      'archived-over-members':
        'Hay más empleados con conversaciones archivadas que empleados en la organización: corrige una de las dos cifras.',
      'provider-over-members':
        'Hay más empleados que usan la app de un proveedor que empleados en la organización: corrige una de las dos cifras.',
    },
  },
  result: {
    title: 'Tu estimación anual',
    money: '{amount} yuanes',
    total: {
      range: 'De {low} a {high} al año',
      from: 'Desde {low} al año, más los precios que Tencent no publica',
      exact: '{low} al año',
    },
    item: 'Qué se paga',
    amount: 'Al año',
    notPublished: 'precio no publicado',
    lineAmount: { range: 'de {low} a {high}', from: 'desde {low}', exact: '{low}' },
    unknownsNote:
      'Las partidas con «precio no publicado» solo tienen precio en la consola de administración o en las tarifas de los proveedores, así que, si contratas alguna, el total real será más alto que la cifra mostrada.',
  },
  items: {
    verification: {
      name: 'Verificación y revisión anual',
      detail: {
        one: 'Para {count} empleado: el precio depende del tamaño de la organización y se paga de nuevo en cada revisión anual.',
        other:
          'Para {count} empleados: el precio depende del tamaño de la organización y se paga de nuevo en cada revisión anual.',
      },
    },
    'overseas-verification': {
      name: 'Verificación desde fuera de China continental',
      detail:
        'Una tasa fija por solicitud; suponemos que se paga de nuevo en cada revisión anual, como en China continental.',
    },
    'external-contacts': {
      name: 'Cupo de contactos externos',
      detail: {
        one: '{count} contacto por encima del cupo gratuito, al precio medio que dan los proveedores; el precio de cada tramo no se publica.',
        other:
          '{count} contactos por encima del cupo gratuito, al precio medio que dan los proveedores; el precio de cada tramo no se publica.',
      },
    },
    'chat-archiving': {
      name: 'Archivo de conversaciones',
      detail: {
        one: '{count} empleado con archivo, a partir del precio más bajo que da un proveedor; Tencent no publica el suyo.',
        other:
          '{count} empleados con archivo, a partir del precio más bajo que da un proveedor; Tencent no publica el suyo.',
      },
    },
    'provider-licences': {
      name: 'Licencias para la app de un proveedor',
      detail: {
        one: '{count} licencia de interconexión, entre los precios que dan dos proveedores.',
        other: '{count} licencias de interconexión, entre los precios que dan dos proveedores.',
      },
    },
    'acquisition-links': {
      name: 'Enlaces de captación de clientes',
      detail: 'Solo si los contratas: un cupo de usos que se paga por adelantado.',
    },
    'wedrive-space': {
      name: 'Espacio adicional en WeDrive',
      detail: 'Solo si lo contratas: almacenamiento por encima del espacio gratuito.',
    },
  },
  quizHint: {
    title: 'Lo que te costaría WeCom',
    upTo: 'Con hasta {contacts} clientes y hasta {members} empleados, una organización verificada en China continental paga desde {low} al año por WeCom, sin contar complementos opcionales.',
    moreThan:
      'Con más de {contacts} clientes y hasta {members} empleados, una organización verificada en China continental paga desde {low} al año por WeCom, sin contar complementos opcionales.',
    caveat: 'Hasta qué punto fiarse de estos precios: {caveats}.',
    estimatorLink: 'Calcula lo que pagarías, partida por partida',
    faqLink: 'Preguntas prácticas: cómo pasarse a WeCom, bloqueos, privacidad…',
  },
  examples: {
    title: 'Tres ejemplos resueltos',
    intro:
      'Se calculan exactamente igual que en la calculadora de arriba. Las organizaciones son inventadas, no clientes reales: cambia las cifras en la calculadora para ajustarlas a tu caso.',
    organisations: {
      shop: 'Una tienda pequeña',
      agency: 'Una agencia fuera de China continental',
      factory: 'Una fábrica',
    },
    description:
      '{members} empleados y {contacts} clientes, registrada {where}. Empleados con conversaciones archivadas: {archived}; con la app de un proveedor: {provider}.',
    mainland: 'en China continental',
    abroad: 'fuera de China continental',
  },
};
