/**
 * Telling where sentences end when shortening a lead into a title: abbreviations whose full stop
 * ends no sentence. Lower-cased, without the dot.
 */
export const NON_FINAL_ABBREVIATIONS =
  'mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep pres st jr sr rev fr no vs etc inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u u.s.a d.c n.y a.m p.m';

/**
 * Where a long lead sentence may be cut to make a title: before these words a clause that only
 * adds circumstances begins ("..., partially reversing its decision", "..., according to").
 */
export const TITLE_CUT_BEFORE =
  'according which who whose while although though after before as amid despite following partially saying adding citing where when because since';

/**
 * Words too common to tell whether an embedded post says what the lead says; the comparison
 * uses the remaining words.
 */
export const COMMON_WORDS =
  "a an the and or but nor of to in on at by for from with without into onto over under about as than then that this these those there here it its it’s it's is are was were be been being has have had do does did will would shall should can could may might must not no yes he she they we you i his her their our your them us him who whom whose which what when where why how all any some more most other such only own same so too very just also one two new said says say after before while since until up down out off again further once";
