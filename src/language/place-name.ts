/** A kind of settlement written before its name: «г.», «с.», «пос.», «пгт», «ст-ца», or the word in full. */
const settlementKind =
  /^(?:г|с|п|д|х|ст|пос|дер|пгт|рп|р\.п|с\.п|ст-ца|станица|село|город|посёлок|поселок|деревня|хутор|аул|рабочий посёлок)(?:\.|\s|\u00A0)/iu;

/**
 * The place of issue of an order (ГОСТ Р 7.0.97, requisite 11): «Чита» → «г. Чита», and a name that says what kind
 * of settlement it is, as it is: «с. Верхнекамье», «пгт Забайкальск», «г. Чита».
 */
export function toPlaceName(city: string): string {
  const name = city.trim();
  return settlementKind.test(name) ? name : `г.\u00A0${name}`;
}
