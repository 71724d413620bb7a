/**
 * Every locale's reply templates, keyed by MASSIVE locale code. One file per locale; render.ts
 * falls back to English (visibly) for any key a file leaves out.
 */
import type { ReplyTemplates } from '../catalog.ts';
import { templates as afZA } from './af-ZA.ts';
import { templates as amET } from './am-ET.ts';
import { templates as arSA } from './ar-SA.ts';
import { templates as azAZ } from './az-AZ.ts';
import { templates as bnBD } from './bn-BD.ts';
import { templates as caES } from './ca-ES.ts';
import { templates as cyGB } from './cy-GB.ts';
import { templates as daDK } from './da-DK.ts';
import { templates as deDE } from './de-DE.ts';
import { templates as elGR } from './el-GR.ts';
import { templates as enUS } from './en-US.ts';
import { templates as esES } from './es-ES.ts';
import { templates as faIR } from './fa-IR.ts';
import { templates as fiFI } from './fi-FI.ts';
import { templates as frFR } from './fr-FR.ts';
import { templates as heIL } from './he-IL.ts';
import { templates as hiIN } from './hi-IN.ts';
import { templates as huHU } from './hu-HU.ts';
import { templates as hyAM } from './hy-AM.ts';
import { templates as idID } from './id-ID.ts';
import { templates as isIS } from './is-IS.ts';
import { templates as itIT } from './it-IT.ts';
import { templates as jaJP } from './ja-JP.ts';
import { templates as jvID } from './jv-ID.ts';
import { templates as kaGE } from './ka-GE.ts';
import { templates as kmKH } from './km-KH.ts';
import { templates as knIN } from './kn-IN.ts';
import { templates as koKR } from './ko-KR.ts';
import { templates as lvLV } from './lv-LV.ts';
import { templates as mlIN } from './ml-IN.ts';
import { templates as mnMN } from './mn-MN.ts';
import { templates as msMY } from './ms-MY.ts';
import { templates as myMM } from './my-MM.ts';
import { templates as nbNO } from './nb-NO.ts';
import { templates as nlNL } from './nl-NL.ts';
import { templates as plPL } from './pl-PL.ts';
import { templates as ptPT } from './pt-PT.ts';
import { templates as roRO } from './ro-RO.ts';
import { templates as ruRU } from './ru-RU.ts';
import { templates as slSL } from './sl-SL.ts';
import { templates as sqAL } from './sq-AL.ts';
import { templates as svSE } from './sv-SE.ts';
import { templates as swKE } from './sw-KE.ts';
import { templates as taIN } from './ta-IN.ts';
import { templates as teIN } from './te-IN.ts';
import { templates as thTH } from './th-TH.ts';
import { templates as tlPH } from './tl-PH.ts';
import { templates as trTR } from './tr-TR.ts';
import { templates as urPK } from './ur-PK.ts';
import { templates as viVN } from './vi-VN.ts';
import { templates as zhCN } from './zh-CN.ts';
import { templates as zhTW } from './zh-TW.ts';

/** MASSIVE locale code → that locale's templates. */
export const REPLY_TEMPLATES: Readonly<Record<string, ReplyTemplates>> = {
  'af-ZA': afZA,
  'am-ET': amET,
  'ar-SA': arSA,
  'az-AZ': azAZ,
  'bn-BD': bnBD,
  'ca-ES': caES,
  'cy-GB': cyGB,
  'da-DK': daDK,
  'de-DE': deDE,
  'el-GR': elGR,
  'en-US': enUS,
  'es-ES': esES,
  'fa-IR': faIR,
  'fi-FI': fiFI,
  'fr-FR': frFR,
  'he-IL': heIL,
  'hi-IN': hiIN,
  'hu-HU': huHU,
  'hy-AM': hyAM,
  'id-ID': idID,
  'is-IS': isIS,
  'it-IT': itIT,
  'ja-JP': jaJP,
  'jv-ID': jvID,
  'ka-GE': kaGE,
  'km-KH': kmKH,
  'kn-IN': knIN,
  'ko-KR': koKR,
  'lv-LV': lvLV,
  'ml-IN': mlIN,
  'mn-MN': mnMN,
  'ms-MY': msMY,
  'my-MM': myMM,
  'nb-NO': nbNO,
  'nl-NL': nlNL,
  'pl-PL': plPL,
  'pt-PT': ptPT,
  'ro-RO': roRO,
  'ru-RU': ruRU,
  'sl-SL': slSL,
  'sq-AL': sqAL,
  'sv-SE': svSE,
  'sw-KE': swKE,
  'ta-IN': taIN,
  'te-IN': teIN,
  'th-TH': thTH,
  'tl-PH': tlPH,
  'tr-TR': trTR,
  'ur-PK': urPK,
  'vi-VN': viVN,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
};
