/** Short free-text feedback comments; `{phone}` / `{email}` are filled with personal data the server redacts. */
export const FEEDBACK_COMMENTS: Readonly<
  Record<'fi' | 'sv', { helpful: readonly string[]; unhelpful: readonly string[] }>
> = {
  fi: {
    helpful: [
      'Kiitos, tästä oli apua!',
      'selkeä ohje',
      'Löysin numeron, kiitos',
      'hyvä ja nopea',
      'kiitos',
      'Helppo löytää oikea paikka',
      'Tämä auttoi, soitan huomenna',
      'kätevä kun ei tarvinnut jonottaa puhelimessa',
    ],
    unhelpful: [
      'ei vastannut kysymykseeni',
      'liian pitkä teksti',
      'linkki ei toiminut',
      'en löytänyt aukioloaikoja',
      'Haluan puhua ihmisen kanssa',
      'vastaus oli väärästä aiheesta',
      'ohje on vanhentunut',
      'en ymmärtänyt mitä pitää tehdä',
      'soittakaa minulle {phone}',
      'vastatkaa sähköpostiin {email}',
      'numero {phone} ei vastaa koskaan',
    ],
  },
  sv: {
    helpful: ['Tack, det hjälpte!', 'tydlig instruktion', 'bra', 'Hittade numret, tack', 'snabbt och enkelt'],
    unhelpful: [
      'svarade inte på min fråga',
      'för lång text',
      'länken fungerade inte',
      'jag vill prata med en människa',
      'informationen finns inte på svenska',
      'ring mig {phone}',
      'svara till {email}',
    ],
  },
};
