export const EMERGENCY_CATEGORIES = [
  'gas_leak',
  'carbon_monoxide',
  'flooding',
  'sewage_backup',
  'no_heat_or_cooling',
  'electrical_fire',
  'dental_trauma',
  'medical',
  'declared',
  'custom',
] as const;
export type EmergencyCategory = (typeof EMERGENCY_CATEGORIES)[number];

export type Severity = 'critical' | 'high' | 'medium';

export interface Cue {
  category: EmergencyCategory;
  pattern: RegExp;
  /** How sure one customer saying it makes us; agents' words and unconfirmed questions count less. */
  weight: number;
  /** Words nearby that make this mention harmless ("low battery" next to a CO alarm). */
  unless?: RegExp;
}

export const SEVERITY: Record<EmergencyCategory, Severity> = {
  gas_leak: 'critical',
  carbon_monoxide: 'critical',
  electrical_fire: 'critical',
  medical: 'critical',
  flooding: 'high',
  sewage_backup: 'high',
  no_heat_or_cooling: 'high',
  dental_trauma: 'high',
  declared: 'medium',
  custom: 'medium',
};

export const CUES: readonly Cue[] = [
  {
    category: 'gas_leak',
    pattern:
      /\b(smell(?:s|ing|ed)? (?:of |like )?(?:natural )?gas|gas (?:smell|odou?r|leak(?:s|ing)?)|leak(?:s|ing)? gas|gas (?:is |was )?(?:leaking|hissing)|(?:rotten|rotting) eggs?(?: smell)?|hiss(?:ing)? (?:sound )?(?:from|near|by|at) the (?:gas|meter|stove))\b/i,
    weight: 0.8,
  },
  {
    category: 'carbon_monoxide',
    pattern:
      /\b((?:carbon monoxide|co2?|monoxide) (?:detector|alarm|monitor)s? (?:is |are |was |keeps? |just )?(?:going off|went off|beeping|sounding|alarming)|carbon monoxide (?:leak|poisoning|in the)|(?:detector|alarm) (?:is |keeps? )?(?:going off|went off) .{0,20}(?:carbon monoxide|monoxide))\b/i,
    weight: 0.85,
    unless: /\b(low battery|battery|batteries|chirp(?:s|ing)?|replace|expired|test(?:ing)?)\b/i,
  },
  {
    category: 'flooding',
    pattern:
      /\b((?:is |are |was |got |keeps? |it'?s |basement'?s |kitchen'?s )flood(?:ed|ing)|flooding|(?:burst|broken|busted|exploded) (?:water )?(?:pipe|main|line)s?|pipes? (?:has |have |just )?(?:burst|broke|exploded|split)|water (?:is |was )?(?:everywhere|pouring|gushing|spraying|coming (?:through|down|in|out)|pouring (?:through|down|out))|(?:inches|feet|foot) of (?:standing )?water|water (?:heater|tank) (?:burst|exploded|is pouring|is gushing))\b/i,
    weight: 0.7,
    unless: /\b(flood (?:insurance|zone|plain|light)|flood zone)\b/i,
  },
  {
    category: 'sewage_backup',
    pattern:
      /\b(sewage|sewer (?:is |has |line )?(?:backed|backing|back(?:ing)? up|overflow(?:ing|ed)?)|sewer backup|toilets? (?:is |are |keeps? )?(?:overflowing|backing up|backed up)|(?:drains?|toilets?) .{0,20}(?:coming up|bubbling up) (?:in|into|through))\b/i,
    weight: 0.65,
    unless: /\b(sewage (?:bill|rate|fee)s?|septic inspection)\b/i,
  },
  {
    category: 'no_heat_or_cooling',
    pattern:
      /\b(no heat|(?:heat|heating|furnace|boiler|heater|heat pump) (?:is |has |just )?(?:out|off|dead|gone out|went out|quit|stopped(?: working)?|broke(?:n)?(?: down)?|not working|isn'?t working|won'?t (?:turn on|come on|start))|no (?:ac|a\/c|a c|air conditioning|air|cooling)|(?:ac|a\/c|a c|air conditioning|air conditioner) (?:is |has |just )?(?:out|dead|quit|stopped(?: working)?|broke(?:n)?(?: down)?|not working|isn'?t working|died|went out|won'?t (?:turn on|come on|start)))\b/i,
    weight: 0.25,
  },
  {
    category: 'electrical_fire',
    pattern:
      /\b(spark(?:s|ing|ed)?|(?:outlet|panel|breaker|wire|wires|wiring|switch|plug|cord|socket)s? .{0,25}(?:smok(?:e|ing)|burn(?:ing|t|ed)|melt(?:ed|ing)|spark(?:s|ing)?|on fire)|smoke (?:is |was )?(?:coming|pouring|filling)|(?:burning|electrical) (?:smell|odou?r)|smell(?:s|ing)? (?:like )?(?:something |plastic |wires )?burning|(?:on|caught|catching) fire|(?:there'?s|there is) (?:a )?fire|flames?)\b/i,
    weight: 0.8,
    unless:
      /\b(fire (?:alarm|drill|extinguisher|place|pit|works)|fireplace|smoke (?:detector|alarm)s? .{0,20}(?:battery|chirp)|bonfire|spark ?plug)\b/i,
  },
  {
    category: 'dental_trauma',
    pattern:
      /\b((?:severe|terrible|horrible|unbearable|excruciating|extreme|worst|throbbing|really bad|so much) (?:tooth ?ache|toothache|tooth pain|pain)|pain (?:is |has been )?(?:unbearable|excruciating|severe|killing me)|can'?t (?:sleep|eat|bite down) (?:because of|from|with) (?:the )?pain|(?:face|jaw|cheek|gums?|mouth) (?:is |are |has |got )?(?:really |so |all )?(?:swollen|swelling|swelled up|puffed up)|swelling (?:is )?(?:getting worse|spreading|up)|bleeding (?:won'?t|will not|doesn'?t|hasn'?t|isn'?t|that won'?t) stop|won'?t stop bleeding|bleeding (?:non-?stop|constantly|for (?:over |more than |about )?(?:an hour|\w+ hours))|(?:still|keeps?) bleeding|(?:soak(?:ed|ing)?|gone) through (?:all )?(?:the |my )?gauze|(?:bleeding|bled) (?:a lot|heavily|badly|everywhere)|knock(?:ed|s)? (?:out |loose )?(?:a |my |his |her |their |the )?(?:front )?(?:tooth|teeth)|(?:tooth|teeth) (?:got |was |were )?knocked (?:out|loose)|(?:broke|broken|cracked|snapped) (?:a |my |his |her |their |the )?(?:front )?(?:tooth|teeth|jaw)|abscess(?:ed)?)\b/i,
    weight: 0.65,
  },
  {
    category: 'medical',
    pattern:
      /\b(chest pains?|pain in (?:my|his|her) chest|(?:can'?t|cannot|couldn'?t|hard to|trouble|difficulty|struggling to) breath(?:e|ing)|short(?:ness)? of breath|not breathing|heart attack|stroke|passed out|unconscious|unresponsive|seizure)\b/i,
    weight: 0.85,
    unless: /\b(stroke of luck|brush ?stroke|keystroke)\b/i,
  },
  {
    category: 'declared',
    pattern:
      /\b((?:it'?s|it is|this is|that'?s|we have|i have|i'?ve got|we'?ve got|got|having) (?:an? )?(?:real |actual |genuine |serious |total |medical |dental |plumbing )?emergency|emergency situation|(?:it'?s|it is|this is) (?:really |very |super )?urgent|need (?:someone|somebody|a (?:plumber|technician|tech|dentist)) (?:out |over )?(?:here )?(?:right now|right away|immediately|asap|tonight))\b/i,
    weight: 0.6,
    // Urgent for the business (an outage, a deadline) is not a danger to anyone.
    unless: /\bemergency for (?:my|our|the) (?:business|company|shop|store|office|team|clients|customers)\b/i,
  },
];

/** Who is at risk when there is no heat or cooling: then it is an emergency, not a repair. */
export const VULNERABLE =
  /\b(baby|babies|infant|newborn|toddler|elderly|my (?:grand)?(?:mother|father|mom|dad|grandma|grandpa)|(?:[6-9]\d|1\d\d)[- ]year[- ]old|oxygen|medical condition|health condition|heart condition|pregnant|disabled|disability|wheelchair|bedridden|sick|ill|chemo|dialysis|below (?:zero|freezing)|freezing|sub-?zero|heat ?wave|(?:9\d|1[01]\d) degrees|(?:[0-3]\d|[0-9]) degrees (?:inside|in here|in the house))\b/i;

/** When a mention is about the past, a hypothetical, an example or business terms, it is not today's emergency. */
export const NOT_NOW =
  /\b(things like|stuff like|such as|for example|for instance|last (?:year|month|week|winter|summer|spring|fall|autumn|time)|(?:\d+|a|one|two|three|few|couple(?: of)?) (?:years?|months?|weeks?) ago|years ago|used to|back in \d{4}|back then|previously|in the past|what (?:counts|qualifies|is considered|constitutes) as|considered an emergency|in case|if (?:there'?s|there is|i|we|you|it|they) (?:ever|had|have|has|smell|notice|see)|what (?:should|do|would) (?:i|we|you) do if|what happens if|is (?:it|that) considered|would (?:that|it|this) (?:be|count)|emergency (?:fee|fees|rate|rates|charge|charges|pricing|line|number|service|services|plan|hours|visit cost)|after-hours (?:fee|rate)|prevent(?:ion|ive)?|maintenance|inspection|tune-?up|check(?:ing)? for|test(?:ing)? for|insurance|gas (?:bill|station|prices?|mileage|tank|grill)|out of gas)\b/i;

/** Words that make a mention more certain: it is happening now and badly. */
export const INTENSIFIER =
  /\b(right now|strong|really strong|everywhere|getting worse|won'?t stop|keeps|whole house|all over|immediately|scared|panicking|please hurry|asap)\b/i;
