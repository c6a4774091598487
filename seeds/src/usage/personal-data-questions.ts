/**
 * Unanswered questions that carry personal data the server must redact
 * before storing: `{phone}`, `{email}` and `{hetu}` (a published-style test
 * identity code) are filled in by the generator.
 */
export const PERSONAL_DATA_QUESTIONS: Readonly<Record<'fi' | 'sv', readonly string[]>> = {
  fi: [
    'soitin numeroon {phone} eikä kukaan vastannut',
    'mun numero on {phone}, voiko joku soittaa takaisin',
    'lähetin viestin osoitteesta {email} mutta en saanut vastausta',
    'henkilötunnukseni on {hetu}, näkyykö minulla varattu aika',
    '{hetu} onko minulle tullut laskua',
    'voitteko lähettää tiedot osoitteeseen {email}',
    'äitini hetu {hetu}, missä hänen lähete on',
    'soittakaa numeroon {phone} kiitos',
  ],
  sv: [
    'jag ringde {phone} men ingen svarade',
    'mitt personnummer är {hetu}, har jag en tid bokad',
    'skicka svaret till {email}',
    'ring mig på {phone}',
  ],
};
