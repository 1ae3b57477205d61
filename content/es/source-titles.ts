import type { SourceId } from '@/content/sources';

/** Source titles in Spanish, for sources whose own title is in another language. The original title is shown next to it. */
export const sourceTitles: Partial<Record<SourceId, string>> = {
  'wecom-dev-96331':
    'Centro de desarrolladores de WeCom · Asignar los clientes de un miembro que se ha ido',
  'wecom-dev-92127-copy':
    'QQ::weixin::work::externalcontact::groupchat (copia de la documentación oficial de WeCom 92127 / 95703)',
  'wecom-dev-96333':
    'Centro de desarrolladores de WeCom · Consultar el estado de la transferencia de clientes',
  'wecom-dev-96325':
    'Centro de desarrolladores de WeCom · Transferencia de clientes entre empleados en activo',
  'wecom-dev-96308': 'Centro de desarrolladores de WeCom · Perfil externo de los miembros',
  'wecom-dev-92230':
    'Centro de desarrolladores de WeCom · Tarjeta de visita externa y nombre corto de la empresa',
  'wecom-dev-96923':
    'Centro de desarrolladores de WeCom · Crear una tarea de publicación en Momentos de clientes',
  'wecom-dev-97005':
    'Centro de desarrolladores de WeCom · Contenido de las publicaciones en Momentos de clientes',
  'wecom-dev-98429':
    'Centro de desarrolladores de WeCom · Abrir una conversación (ww.openEnterpriseChat)',
  'wecom-dev-99547':
    'Centro de desarrolladores de WeCom · Gestión del código QR dinámico de grupo («Unirse al chat de grupo») de los grupos de clientes',
  'wecom-dev-92135':
    'Centro de desarrolladores de WeCom · Crear un envío masivo a clientes de la empresa',
  'wecom-dev-96997':
    'Centro de desarrolladores de WeCom · wx.qy.shareToExternalContact (miniprograma)',
  'wecom-dev-93496': 'Centro de desarrolladores de WeCom · Informes',
  'wecom-dev-95652': 'Centro de desarrolladores de WeCom · Licencias de API',
  'wecom-dev-91614': 'Centro de desarrolladores de WeCom · Archivo de conversaciones',
  'chinadailyhk-143779': 'Tencent cambia el nombre de WeChat Work a WeCom',
  'sztqb-2020-09-21': 'La versión internacional de 企业微信 (WeChat Work) pasa a llamarse WeCom',
  'nowshenzhen-2020-01': 'El fundador de WeChat anuncia cambios: el futuro de WeChat',
  'gootoo-2014-05-22':
    'WeChat limita a 5000 el número de amigos (Diario Vespertino de Pekín / 北京晚报)',
  'adminso-61284':
    'Los chats de grupo de WeChat de más de 100 personas exigen verificación con nombre real',
  'siliu-w8e9eqw7dr': 'Diferencias entre WeCom y WeChat personal',
  'wescrm-7117': 'WeCom: explicación del cupo de contactos externos',
  'wshoto-307963': 'WeCom: cupo de contactos externos y tarifas',
  'wescrm-8109': 'WeCom: diferencias entre organizaciones verificadas y sin verificar',
  'wescrm-8852': '¿Cuántos clientes se pueden añadir en WeCom?',
  'siyuliuliang-7810': 'Límite de clientes en WeCom',
  'zhangxingjun-1651': 'Límite de amigos en WeCom',
  'ducksell-32964': 'WeChat: los amigos que pasan de 5000 quedan en «Solo chat»',
  'shigaofeng-921263': 'WeChat: «El número de contactos de la agenda ha alcanzado el límite»',
  'avine-10244': '¿Cuál es el límite de amigos en WeChat?',
  'niaogebiji-25641': 'WeCom: verificación, nombres cortos y límites de registro',
  'site9969-5059': 'Configuración del perfil personal de WeChat',
  'qbnews-583243': '¿Cuántas veces al año se puede cambiar el ID de WeChat?',
  'weixinsiwei-458': '¡10 diferencias entre WeCom y WeChat personal!',
  'weiban-blog-3609': 'Número máximo de miembros de un grupo de WeCom',
  'ikscrm-3021': 'Número máximo de miembros de un grupo de toda la empresa en WeCom',
  'ab173-2349':
    'A un grupo de WeCom de más de 200 personas no se puede entrar escaneando el código QR',
  'hixs-2024-04-18': 'Límite de miembros para entrar en un grupo de WeCom escaneando el código QR',
  'xinsiji-group-qr':
    'El código QR de un grupo de WeChat es válido 7 días (reproduce un aviso del equipo de WeChat)',
  'bjhwtx-49208': 'Validez del código QR de un grupo de WeChat',
  'qumiaodong-9lye4k':
    'A un grupo de WeChat de más de 200 personas no se puede entrar escaneando el código QR',
  'wen200-27': 'Usuarios de WeChat personal que se unen a grupos de WeCom',
  'weiban-help-2022-05-13': 'Envío masivo a grupos de clientes',
  'weiban-help-2023-01-29': '¿Qué límites tiene el envío masivo a clientes?',
  'btcdatabaseas-customers':
    'Los clientes recibirán… (reglas del envío masivo a clientes de WeCom)',
  'hexdocs-groupmsg':
    'WeChat.Work.Customer.GroupMsg (copia de una versión anterior de la documentación oficial de WeCom)',
  'nctoro-a101722':
    '¿A cuántas personas se puede enviar a la vez con el asistente de difusión de WeChat?',
  'nctoro-51045': 'Cómo usar el asistente de difusión de WeChat',
  'wxjava-pr-3145':
    'Pull request 3145 de WxJava (Javadoc que copia las descripciones oficiales de campos de 92135)',
  'easyink-moments-release':
    'easyink_Dashboard · src/views/friendsCircle/release.vue (pantalla de publicación en Momentos de clientes)',
  'showdoc-yunzhenji-11490698131402110': 'Enviar instrucciones (documentación de la API de 云臻极)',
  'juejin-7675005880912068659':
    'Lista de funciones de la herramienta de línea de comandos de WeCom',
  'xiaoweiju-2093': 'Capacidad de WeDrive en WeCom',
  'weixinsiwei-8380': 'Espacio gratuito de WeDrive en WeCom',
  'wescrm-4322': 'WeDrive de WeCom: explicación de la capacidad',
  'wescrm-7959': 'Tarifas de verificación de WeCom',
  'wshoto-225851': 'Verificación y revisión anual de WeCom',
};
