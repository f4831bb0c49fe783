#!/usr/bin/env python3
"""Build the kg_extraction task-expert corpus (train.jsonl, heldout.jsonl).

Passages and their gold triples are authored below as Python data.
Run:  /work/main/.venv/bin/python make_corpus.py
"""
import json
import os
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

INSTRUCTION = (
    'Extract knowledge-graph triples from the passage. Reply with JSON only, as '
    '{"triples": [{"subject": ..., "subject_type": ..., "relation": ..., '
    '"object": ..., "object_type": ...}]}.\n\nPassage:\n'
)

TYPES = {"material", "protein", "molecule", "structure", "property",
         "mechanism", "process", "method", "concept"}
RELATIONS = {"is_a", "part_of", "made_of", "has_property", "causes", "increases",
             "decreases", "enables", "inhibits", "interacts_with", "measured_by",
             "used_for", "located_in", "related_to"}
KEYS = ["subject", "subject_type", "relation", "object", "object_type"]

# short aliases for entity types (expanded when the JSON is built)
M, P, MO, S, PR, ME, PC, MD, C = ("material", "protein", "molecule", "structure",
                                  "property", "mechanism", "process", "method",
                                  "concept")

TRAIN = []
HELDOUT = []


def E(split, passage, triples):
    split.append((passage, triples))

# ---------------------------------------------------------------- TRAIN 1-50
T = TRAIN
E(T, "Let me answer your first question before we get to the harder ones, because the rest of my argument depends on it. Spider dragline silk owes much of its toughness to beta-sheet nanocrystals embedded in a softer amorphous matrix. Dense hydrogen bonding within the nanocrystals provides shear resistance when the fiber is loaded. I think that is the uncontroversial part; the disagreement between us is really about how much each phase contributes.",
  [("dragline silk", M, "made_of", "beta-sheet nanocrystals", S),
   ("beta-sheet nanocrystals", S, "located_in", "amorphous matrix", S),
   ("beta-sheet nanocrystals", S, "increases", "toughness", PR),
   ("hydrogen bonding", ME, "enables", "shear resistance", PR)])
E(T, "Granted, the amorphous region of silk provides most of the extensibility. But if the crystals mainly add stiffness, how can you credit them with the whole toughness story?",
  [("amorphous region", S, "part_of", "silk", M),
   ("amorphous region", S, "enables", "extensibility", PR)])
E(T, "Nacre is about 95 percent aragonite by weight, arranged as polygonal tablets held together by a thin organic layer rich in chitin and proteins. This brick-and-mortar arrangement makes nacre far tougher than monolithic aragonite.",
  [("nacre", M, "made_of", "aragonite", M),
   ("organic layer", S, "part_of", "nacre", M),
   ("organic layer", S, "made_of", "chitin", MO),
   ("brick-and-mortar arrangement", S, "increases", "toughness", PR)])
E(T, "Could you clarify what you mean by that last point? I want to be sure we are arguing about the same thing before we go any further.",
  [])
E(T, "You asked me to start from the molecular level, so I will, even though it may sound like textbook material to you. Collagen is built from three polypeptide chains wound into a triple helix. Glycine must occupy every third position, because only its small side chain fits in the crowded center of the helix. Everything I say later about fibrils and tissues builds on this basic picture, so please stop me now if you disagree with any of it.",
  [("collagen", P, "made_of", "polypeptide chains", S),
   ("polypeptide chains", S, "part_of", "triple helix", S),
   ("glycine", MO, "part_of", "triple helix", S)])
E(T, "I agree that hydroxyproline stabilizes the collagen triple helix. The hydroxylation step depends on vitamin C, which is why scurvy reduces the strength of connective tissue.",
  [("hydroxyproline", MO, "increases", "triple helix stability", PR),
   ("hydroxylation", PC, "enables", "hydroxyproline", MO),
   ("vitamin c", MO, "enables", "hydroxylation", PC),
   ("scurvy", C, "decreases", "connective tissue strength", PR)])
E(T, "Bone is a composite of type I collagen fibrils and plate-shaped hydroxyapatite mineral crystals. The mineral provides stiffness, while the collagen contributes toughness and ductility.",
  [("bone", M, "made_of", "collagen fibrils", S),
   ("bone", M, "made_of", "hydroxyapatite", M),
   ("hydroxyapatite", M, "increases", "stiffness", PR),
   ("collagen fibrils", S, "increases", "toughness", PR)])
E(T, "As an engineer, I have to ask how you measured that modulus. Was it nanoindentation on a polished section, or a bulk tensile test on a hydrated sample?",
  [])
E(T, "We measured the elastic modulus of the cortical bone samples by nanoindentation on polished, hydrated sections. The values were lower than those from dry samples, because water plasticizes the collagen.",
  [("elastic modulus", PR, "measured_by", "nanoindentation", MD),
   ("water", MO, "decreases", "elastic modulus", PR),
   ("water", MO, "interacts_with", "collagen", P)])
E(T, "I think we should ground this discussion in a concrete example rather than arguing in the abstract. Titin is a giant protein that acts as a molecular spring in muscle sarcomeres. Its immunoglobulin domains unfold one by one under force, which dissipates energy during large stretches. That is the behavior I had in mind when I used the word spring earlier, and I am happy to defend it in more detail.",
  [("titin", P, "is_a", "molecular spring", C),
   ("titin", P, "located_in", "sarcomeres", S),
   ("immunoglobulin domains", S, "part_of", "titin", P),
   ("domain unfolding", PC, "causes", "energy dissipation", ME)])
E(T, "In atomic force microscopy pulling experiments, each unfolding event appears as a peak in a sawtooth force-extension curve. The spacing between peaks reflects the contour length released by each domain.",
  [("unfolding event", PC, "measured_by", "atomic force microscopy", MD),
   ("sawtooth force-extension curve", C, "related_to", "unfolding event", PC),
   ("peak spacing", PR, "related_to", "contour length", PR)])
E(T, "I have read your draft carefully, and I think the central claim needs more qualification than you give it. You claim the unfolding force is an intrinsic property of the domain. Yet it depends on loading rate, rising roughly with the logarithm of the pulling speed, so which force do you mean? I am not saying your numbers are wrong, only that they need to be reported together with the conditions under which they were obtained.",
  [("unfolding force", PR, "related_to", "loading rate", PR),
   ("pulling speed", PR, "increases", "unfolding force", PR)])
E(T, "Steered molecular dynamics simulations pull proteins many orders of magnitude faster than experiments do. That is why simulated rupture forces are usually higher than those measured by AFM.",
  [("steered molecular dynamics", MD, "used_for", "protein pulling", PC),
   ("pulling speed", PR, "increases", "rupture force", PR),
   ("rupture force", PR, "measured_by", "afm", MD)])
E(T, "I concede that point: the Bell model is only an approximation. It assumes force lowers the energy barrier linearly, and it ignores changes in the position of the transition state.",
  [("bell model", C, "is_a", "approximation", C),
   ("force", PR, "decreases", "energy barrier", PR)])
E(T, "Mussel byssal threads stick to wet rocks using proteins rich in DOPA. The catechol groups of DOPA form coordination bonds with iron ions, which can break and reform after damage.",
  [("byssal threads", M, "made_of", "dopa", MO),
   ("dopa", MO, "enables", "wet adhesion", PR),
   ("catechol groups", S, "part_of", "dopa", MO),
   ("catechol groups", S, "interacts_with", "iron ions", MO),
   ("coordination bonds", S, "enables", "self-healing", PR)])
E(T, "I have a practical worry. How would a catechol-iron crosslink survive in seawater at low pH? Surely protonation would compete with metal binding there.",
  [("protonation", PC, "inhibits", "metal binding", PC)])
E(T, "Keratin in hair and wool is mostly alpha-helical, with coiled coils crosslinked by disulfide bonds between cysteine residues. Under tension, part of the helical structure converts into beta-sheet.",
  [("keratin", P, "located_in", "hair", M),
   ("keratin", P, "made_of", "coiled coils", S),
   ("disulfide bonds", S, "interacts_with", "cysteine", MO),
   ("tension", PR, "causes", "alpha-to-beta transition", PC)])
E(T, "Elastin gives arteries and lungs their reversible stretch. Its elasticity is largely entropic, and the chains are crosslinked through desmosine formed from lysine residues.",
  [("elastin", P, "located_in", "arteries", S),
   ("elastin", P, "has_property", "entropic elasticity", PR),
   ("desmosine", MO, "interacts_with", "elastin", P),
   ("desmosine", MO, "made_of", "lysine", MO)])
E(T, "Let me challenge the claim that silk is stronger than steel. By volume, high-strength steel is stronger; dragline silk only wins on specific strength, that is, strength normalized by density.",
  [("dragline silk", M, "has_property", "specific strength", PR),
   ("specific strength", PR, "related_to", "density", PR)])
E(T, "Spider silk supercontracts when it gets wet. Water disrupts the hydrogen bonds in the amorphous regions, so the fiber shrinks in length and softens.",
  [("water", MO, "causes", "supercontraction", PC),
   ("water", MO, "inhibits", "hydrogen bonds", S),
   ("hydrogen bonds", S, "located_in", "amorphous regions", S),
   ("supercontraction", PC, "decreases", "fiber length", PR)])
E(T, "Fine, but what toughening mechanism actually operates in cortical bone? Crack deflection at cement lines around osteons is the one most often cited.",
  [("crack deflection", ME, "located_in", "cement lines", S),
   ("cement lines", S, "part_of", "cortical bone", M),
   ("crack deflection", ME, "increases", "toughness", PR)])
E(T, "Uncracked ligament bridging behind the crack tip shields it from part of the applied load. That extrinsic mechanism is why bone shows a rising crack-resistance curve.",
  [("ligament bridging", ME, "decreases", "crack-tip stress", PR),
   ("ligament bridging", ME, "is_a", "extrinsic mechanism", C),
   ("ligament bridging", ME, "causes", "rising resistance curve", PR)])
E(T, "Aging bone loses fracture toughness. Increased non-enzymatic crosslinking of collagen, through advanced glycation end products, stiffens the fibrils and limits their ability to dissipate energy.",
  [("aging", PC, "decreases", "fracture toughness", PR),
   ("glycation end products", MO, "interacts_with", "collagen", P),
   ("glycation end products", MO, "increases", "fibril stiffness", PR),
   ("glycation end products", MO, "decreases", "energy dissipation", ME)])
E(T, "Fracture toughness of these composites was measured with single-edge notched beam tests in three-point bending. We report the critical stress intensity factor rather than work of fracture.",
  [("fracture toughness", PR, "measured_by", "single-edge notched beam", MD),
   ("critical stress intensity", PR, "related_to", "fracture toughness", PR)])
E(T, "Why report only the critical stress intensity factor? For materials with rising R-curves, a single initiation value badly underestimates the toughness you get during crack growth.",
  [("rising r-curve", PR, "related_to", "crack growth", PC)])
E(T, "The hydrophobic effect is the main driving force for protein folding. Burying nonpolar side chains away from water lowers the free energy of the folded state.",
  [("hydrophobic effect", ME, "enables", "protein folding", PC),
   ("burying nonpolar side chains", PC, "decreases", "free energy", PR)])
E(T, "Disulfide bonds increase the stability of many extracellular proteins. They covalently link two cysteine residues and reduce the entropy of the unfolded chain.",
  [("disulfide bonds", S, "increases", "protein stability", PR),
   ("disulfide bonds", S, "interacts_with", "cysteine", MO),
   ("disulfide bonds", S, "decreases", "unfolded chain entropy", PR)])
E(T, "I accept that pulling geometry matters. Ubiquitin resists far more force when pulled from its termini, where the strands are loaded in shear, than when pulled through a lysine linkage.",
  [("pulling geometry", C, "related_to", "mechanical stability", PR),
   ("ubiquitin", P, "has_property", "mechanical stability", PR),
   ("shear loading", ME, "increases", "unfolding force", PR)])
E(T, "The I27 domain of titin is a beta-sandwich that typically unfolds near 200 piconewtons at common AFM pulling speeds. It has become a standard reference domain in single-molecule force spectroscopy.",
  [("i27 domain", S, "part_of", "titin", P),
   ("i27 domain", S, "is_a", "beta-sandwich", S),
   ("i27 domain", S, "used_for", "force spectroscopy", MD)])
E(T, "Catch bonds behave counterintuitively: their lifetime increases with applied force up to a point. The bacterial adhesin FimH binding to mannose is a well-studied example.",
  [("force", PR, "increases", "bond lifetime", PR),
   ("fimh", P, "is_a", "adhesin", P),
   ("fimh", P, "interacts_with", "mannose", MO),
   ("fimh", P, "has_property", "catch bond", ME)])
E(T, "Talin works as a mechanosensor at focal adhesions. When its rod domains unfold under tension, cryptic binding sites for vinculin become exposed.",
  [("talin", P, "is_a", "mechanosensor", C),
   ("talin", P, "located_in", "focal adhesions", S),
   ("domain unfolding", PC, "enables", "vinculin binding", PC),
   ("vinculin", P, "interacts_with", "talin", P)])
E(T, "I am not sure I follow. Can you walk me through the argument again, one step at a time, and tell me where each assumption comes in?",
  [])
E(T, "Von Willebrand factor senses shear flow in blood. High shear unfolds its A2 domain, exposing a site that the protease ADAMTS13 cleaves.",
  [("high shear", PR, "causes", "a2 domain unfolding", PC),
   ("a2 domain", S, "part_of", "von willebrand factor", P),
   ("adamts13", P, "interacts_with", "a2 domain", S)])
E(T, "Since you asked for a synthetic example that captures the same principle, here is the one I find most convincing. Double-network hydrogels reach remarkable toughness because a brittle first network breaks sacrificially and dissipates energy, while a loose second network holds the gel together. I realize the details are still debated, but the overall picture is widely accepted.",
  [("double-network hydrogels", M, "has_property", "toughness", PR),
   ("first network", S, "part_of", "double-network hydrogels", M),
   ("sacrificial bond breaking", ME, "causes", "energy dissipation", ME),
   ("second network", S, "enables", "gel integrity", PR)])
E(T, "But isn't that damage permanent? Once the first network has fractured, the gel should be much softer on the second loading cycle.",
  [("first network fracture", PC, "decreases", "stiffness", PR)])
E(T, "Silkworm silk consists of two fibroin filaments coated with a glue protein called sericin. Degumming removes the sericin before the fibroin is used for biomaterials.",
  [("silkworm silk", M, "made_of", "fibroin", P),
   ("sericin", P, "part_of", "silkworm silk", M),
   ("degumming", PC, "used_for", "sericin removal", PC),
   ("fibroin", P, "used_for", "biomaterials", M)])
E(T, "Spiders spin silk by pulling a concentrated protein dope through a narrowing duct. Shear forces, a drop in pH and ion exchange trigger the assembly of beta-sheet structure.",
  [("shear forces", PR, "causes", "beta-sheet assembly", PC),
   ("ph drop", PC, "causes", "beta-sheet assembly", PC),
   ("ion exchange", PC, "causes", "beta-sheet assembly", PC),
   ("protein dope", M, "used_for", "silk spinning", PC)])
E(T, "To answer your question about sequence: the repetitive polyalanine blocks of spidroins form the crystalline beta-sheets, whereas glycine-rich motifs make up the more disordered regions.",
  [("polyalanine blocks", S, "part_of", "spidroins", P),
   ("beta-sheets", S, "made_of", "polyalanine blocks", S),
   ("disordered regions", S, "made_of", "glycine-rich motifs", S)])
E(T, "What evidence do you have that the crystal size controls strength? Simulations suggest that nanocrystals only a few nanometers across fail more gracefully than larger ones.",
  [("nanocrystals", S, "has_property", "graceful failure", PR)])
E(T, "In nacre, the aragonite tablets slide past each other under tension. Nanoscale asperities on the tablet surfaces and mineral bridges resist this sliding and spread damage over a large volume.",
  [("aragonite tablets", S, "part_of", "nacre", M),
   ("nanoscale asperities", S, "inhibits", "tablet sliding", ME),
   ("mineral bridges", S, "inhibits", "tablet sliding", ME),
   ("nanoscale asperities", S, "causes", "damage spreading", PC)])
E(T, "All right, I concede that tablet waviness helps, and I was wrong to dismiss it. Wavy tablets interlock as they slide, producing progressive hardening that delays strain localization.",
  [("tablet waviness", PR, "enables", "interlocking", ME),
   ("interlocking", ME, "causes", "progressive hardening", ME),
   ("progressive hardening", ME, "inhibits", "strain localization", PC)])
E(T, "Bioinspired ceramics made by freeze casting mimic the layered structure of nacre. Ice crystals template the lamellae, which are later infiltrated with a polymer.",
  [("freeze casting", MD, "used_for", "bioinspired ceramics", M),
   ("bioinspired ceramics", M, "related_to", "nacre", M),
   ("ice crystals", S, "enables", "lamellae", S),
   ("lamellae", S, "part_of", "bioinspired ceramics", M)])
E(T, "Fair enough. Shall we move on to the next question, or is there something about the previous answer you would still like to dispute?",
  [])
E(T, "Collagen molecules pack into fibrils with a staggered arrangement, giving a characteristic banding period of about 67 nanometers. This D-period is visible by electron microscopy and X-ray diffraction.",
  [("collagen molecules", P, "part_of", "fibrils", S),
   ("fibrils", S, "has_property", "d-period", PR),
   ("d-period", PR, "measured_by", "electron microscopy", MD),
   ("d-period", PR, "measured_by", "x-ray diffraction", MD)])
E(T, "Let me add the enzymatic side of the story. Lysyl oxidase initiates covalent crosslinking between collagen molecules. Without these crosslinks, fibrils have much lower tensile strength.",
  [("lysyl oxidase", P, "enables", "collagen crosslinking", PC),
   ("collagen crosslinking", PC, "increases", "tensile strength", PR)])
E(T, "Tendon transmits force from muscle to bone. Its hierarchical organization runs from collagen molecules through fibrils and fibers up to fascicles.",
  [("tendon", M, "made_of", "collagen molecules", P),
   ("fibrils", S, "part_of", "fibers", S),
   ("fibers", S, "part_of", "fascicles", S),
   ("tendon", M, "has_property", "hierarchical organization", S)])
E(T, "From a design standpoint, what does hierarchy actually buy you? Adding levels adds interfaces, and every interface is a potential weak link.",
  [("hierarchy", C, "related_to", "interfaces", S)])
E(T, "Hierarchy lets a material combine stiff and soft phases at several length scales. Each interface can deflect or arrest cracks, so flaws at one level do not propagate straight through the whole structure.",
  [("hierarchy", C, "enables", "stiff and soft phases", S),
   ("interface", S, "inhibits", "crack propagation", PC),
   ("interface", S, "causes", "crack deflection", ME)])
E(T, "Let me bring in some classical fracture mechanics, because I think it settles part of this disagreement. The Griffith criterion links fracture strength to flaw size: strength falls in inverse proportion to the square root of the crack length. Brittle mineral platelets in bone are thin enough that they tolerate flaws. Whether the same argument scales up to whole bones is a separate question, and I do not want to overclaim.",
  [("griffith criterion", C, "related_to", "fracture strength", PR),
   ("crack length", PR, "decreases", "fracture strength", PR),
   ("mineral platelets", S, "part_of", "bone", M),
   ("mineral platelets", S, "has_property", "flaw tolerance", PR)])
# --------------------------------------------------------------- TRAIN 51-100
E(T, "Vitrimers are crosslinked polymers whose bonds rearrange through exchange reactions such as transesterification. Above a characteristic temperature they flow, so they can be reshaped and repaired.",
  [("vitrimers", M, "is_a", "crosslinked polymers", M),
   ("transesterification", PC, "enables", "bond exchange", ME),
   ("vitrimers", M, "has_property", "reprocessability", PR)])
E(T, "Reversible Diels-Alder bonds are widely used in self-healing polymers. Heating drives the retro reaction, and cooling lets the broken crosslinks reform across a crack.",
  [("diels-alder bonds", S, "used_for", "self-healing polymers", M),
   ("heating", PC, "causes", "retro reaction", PC),
   ("cooling", PC, "enables", "crosslink reformation", PC)])
E(T, "I'm skeptical of healing efficiencies quoted as a single percentage. Recovering strength is not the same as recovering fatigue life, and the two can differ a lot.",
  [("strength recovery", PR, "related_to", "fatigue life", PR)])
E(T, "A catalyst speeds up a reaction by lowering its activation energy, without being consumed. It does not shift the equilibrium position of the reaction.",
  [("catalyst", MO, "decreases", "activation energy", PR),
   ("catalyst", MO, "increases", "reaction rate", PR)])
E(T, "Enzymes are protein catalysts that bind substrates in an active site. Their rate enhancement comes largely from stabilizing the transition state.",
  [("enzymes", P, "is_a", "catalyst", C),
   ("substrates", MO, "interacts_with", "active site", S),
   ("active site", S, "part_of", "enzymes", P),
   ("transition state stabilization", ME, "increases", "reaction rate", PR)])
E(T, "The Arrhenius equation tells us that reaction rates rise exponentially with temperature. So how do you justify extrapolating accelerated aging data at 80 degrees down to body temperature?",
  [("arrhenius equation", C, "related_to", "reaction rate", PR),
   ("temperature", PR, "increases", "reaction rate", PR)])
E(T, "Plasticizers lower the glass transition temperature of a polymer by increasing free volume between chains. Water plays exactly this role for dry silk and collagen.",
  [("plasticizers", MO, "decreases", "glass transition temperature", PR),
   ("plasticizers", MO, "increases", "free volume", PR),
   ("water", MO, "is_a", "plasticizers", MO)])
E(T, "There is a trade-off you are ignoring. Increasing crosslink density generally raises the modulus of an elastomer but reduces its elongation at break.",
  [("crosslink density", PR, "increases", "modulus", PR),
   ("crosslink density", PR, "decreases", "elongation at break", PR)])
E(T, "Dynamic mechanical analysis measures the storage and loss moduli as a function of temperature or frequency. The peak in loss tangent is often used to locate the glass transition.",
  [("storage modulus", PR, "measured_by", "dynamic mechanical analysis", MD),
   ("loss modulus", PR, "measured_by", "dynamic mechanical analysis", MD),
   ("loss tangent", PR, "used_for", "glass transition", PC)])
E(T, "Which assumption do you think is the weakest in this argument, and how much would the conclusion change if it turned out to be wrong?",
  [])
E(T, "Speaking as someone who has spent years looking at failed parts, I would put it this way. Fatigue cracks usually initiate at stress concentrations such as notches, pores, or surface scratches. Shot peening introduces compressive residual stress that delays initiation. None of this is new, but it is often forgotten when people borrow ideas from biology.",
  [("stress concentrations", PR, "causes", "fatigue cracks", PC),
   ("shot peening", MD, "causes", "compressive residual stress", PR),
   ("compressive residual stress", PR, "inhibits", "crack initiation", PC)])
E(T, "Bone remodels continuously: osteoclasts resorb old tissue and osteoblasts deposit new matrix. This process repairs fatigue microdamage before it grows into a fracture.",
  [("osteoclasts", S, "enables", "bone resorption", PC),
   ("osteoblasts", S, "enables", "matrix deposition", PC),
   ("remodeling", PC, "inhibits", "fracture", PC),
   ("remodeling", PC, "decreases", "microdamage", PR)])
E(T, "That's a fair point about remodeling. So what exactly do you think a designer should take away from it, and how would you put that into practice?",
  [])
E(T, "Carbon fiber composites have high specific stiffness, but their interlaminar toughness is poor. Delamination is a common failure mode under impact.",
  [("carbon fiber composites", M, "has_property", "specific stiffness", PR),
   ("carbon fiber composites", M, "has_property", "poor interlaminar toughness", PR),
   ("impact", PC, "causes", "delamination", PC)])
E(T, "Let me offer an example that I think supports your side of the argument, even though I started out skeptical. Bouligand structures, in which fiber layers are rotated by a small angle from one to the next, appear in the dactyl club of the mantis shrimp. The helicoidal layup forces cracks to twist, which raises the energy needed for them to grow.",
  [("bouligand structure", S, "located_in", "dactyl club", S),
   ("helicoidal layup", S, "causes", "crack twisting", ME),
   ("crack twisting", ME, "increases", "fracture energy", PR)])
E(T, "Helicoidal carbon-fiber laminates inspired by the Bouligand structure showed less through-thickness damage in impact tests. Still, I would want to see compression-after-impact strength before calling it an improvement.",
  [("helicoidal laminates", M, "related_to", "bouligand structure", S),
   ("helicoidal laminates", M, "decreases", "impact damage", PR)])
E(T, "Chitin is a polysaccharide of N-acetylglucosamine and a major component of arthropod cuticle. In crustacean cuticle it is mineralized with calcium carbonate.",
  [("chitin", MO, "made_of", "n-acetylglucosamine", MO),
   ("chitin", MO, "part_of", "arthropod cuticle", M),
   ("crustacean cuticle", M, "made_of", "calcium carbonate", M)])
E(T, "Cellulose microfibrils give plant cell walls their stiffness. The chains are held together by extensive hydrogen bonding, which also makes cellulose insoluble in water.",
  [("cellulose microfibrils", S, "part_of", "plant cell walls", S),
   ("cellulose microfibrils", S, "increases", "stiffness", PR),
   ("hydrogen bonding", ME, "causes", "insolubility", PR)])
E(T, "Wood is essentially a fiber composite: cellulose microfibrils are embedded in a matrix of hemicellulose and lignin. The microfibril angle in the cell wall strongly affects stiffness.",
  [("wood", M, "is_a", "fiber composite", M),
   ("cellulose microfibrils", S, "located_in", "matrix", S),
   ("matrix", S, "made_of", "lignin", MO),
   ("microfibril angle", PR, "related_to", "stiffness", PR)])
E(T, "Resilin is an insect protein with very high resilience, returning almost all of the stored elastic energy. Fleas and other jumping insects use it to store energy for jumping.",
  [("resilin", P, "has_property", "resilience", PR),
   ("resilin", P, "used_for", "energy storage", PC),
   ("resilin", P, "is_a", "insect protein", P)])
E(T, "You keep saying entropic elasticity, but rubber elasticity only follows that picture above the glass transition. Below it, the chains are frozen and the modulus jumps by orders of magnitude.",
  [("rubber elasticity", PR, "related_to", "entropic elasticity", PR),
   ("rubber elasticity", PR, "related_to", "glass transition", PC)])
E(T, "Molecular chaperones such as Hsp70 help proteins fold by binding exposed hydrophobic segments. This prevents aggregation of partly folded chains.",
  [("hsp70", P, "is_a", "molecular chaperones", P),
   ("molecular chaperones", P, "enables", "protein folding", PC),
   ("hsp70", P, "interacts_with", "hydrophobic segments", S),
   ("molecular chaperones", P, "inhibits", "aggregation", PC)])
E(T, "Amyloid fibrils are built from cross-beta structure, in which beta-strands run perpendicular to the fibril axis. Some amyloids reach a stiffness comparable to silk.",
  [("amyloid fibrils", S, "made_of", "cross-beta structure", S),
   ("beta-strands", S, "part_of", "cross-beta structure", S),
   ("amyloid fibrils", S, "has_property", "stiffness", PR)])
E(T, "Forgive me, but stiffness comparable to silk sounds like a stretch. Are those values from single fibrils probed by AFM or from bulk films?",
  [])
E(T, "Those values come from AFM nanoindentation and bending of single amyloid fibrils. Bulk films are weaker because defects and poor alignment dominate.",
  [("amyloid fibrils", S, "measured_by", "afm nanoindentation", MD),
   ("defects", S, "decreases", "film strength", PR),
   ("poor alignment", PR, "decreases", "film strength", PR)])
E(T, "Circular dichroism spectroscopy is a quick way to estimate secondary structure content. Alpha-helices show characteristic minima near 208 and 222 nanometers.",
  [("secondary structure", S, "measured_by", "circular dichroism", MD),
   ("alpha-helices", S, "is_a", "secondary structure", S)])
E(T, "FTIR spectroscopy of the amide I band is used to quantify beta-sheet content in silk. Annealing in methanol or water vapor increases that content.",
  [("beta-sheet content", PR, "measured_by", "ftir spectroscopy", MD),
   ("amide i band", S, "used_for", "beta-sheet content", PR),
   ("methanol annealing", PC, "increases", "beta-sheet content", PR)])
E(T, "Regenerated silk fibroin films are brittle when dry and amorphous. Only after treatments that induce beta-sheets do they become water-insoluble.",
  [("fibroin films", M, "has_property", "brittleness", PR),
   ("beta-sheets", S, "causes", "water insolubility", PR)])
E(T, "Let me press you on that. Beta-sheets make the films insoluble, fine, but highly crystalline films also become more brittle. Why accept that trade?",
  [("beta-sheets", S, "causes", "insolubility", PR),
   ("crystallinity", PR, "increases", "brittleness", PR)])
E(T, "Crystallinity and ductility often trade off. The crystals restrict chain mobility, so less of the material can deform plastically before cracks form.",
  [("crystallinity", PR, "decreases", "ductility", PR),
   ("crystals", S, "inhibits", "chain mobility", PR)])
E(T, "Tooth enamel is over 95 percent hydroxyapatite by weight, organized into rods. Dentin below it contains more collagen and is much tougher.",
  [("enamel", M, "made_of", "hydroxyapatite", M),
   ("enamel", M, "made_of", "rods", S),
   ("dentin", M, "made_of", "collagen", P),
   ("dentin", M, "has_property", "toughness", PR)])
E(T, "The dentin-enamel junction prevents cracks in enamel from running straight into dentin. Its graded, scalloped interface deflects and arrests them.",
  [("dentin-enamel junction", S, "inhibits", "crack propagation", PC),
   ("scalloped interface", S, "causes", "crack deflection", ME),
   ("dentin-enamel junction", S, "located_in", "tooth", S)])
E(T, "Functionally graded materials change composition gradually to avoid sharp mismatches in stiffness. The squid beak, for example, stiffens smoothly from its soft base to its hard tip.",
  [("functionally graded materials", M, "decreases", "stiffness mismatch", PR),
   ("squid beak", M, "is_a", "functionally graded materials", M),
   ("squid beak", M, "has_property", "stiffness gradient", PR)])
E(T, "In the squid beak, the gradient is produced by varying the degree of hydration and the amount of histidine-rich protein crosslinking within a chitin network.",
  [("hydration", PR, "related_to", "stiffness gradient", PR),
   ("histidine-rich protein", P, "located_in", "chitin network", S),
   ("crosslinking", PC, "related_to", "stiffness gradient", PR)])
E(T, "Metal coordination bonds between histidine and zinc stiffen the jaws of the marine worm Nereis. Removing the zinc with a chelator makes the jaws noticeably softer.",
  [("histidine", MO, "interacts_with", "zinc", MO),
   ("zinc", MO, "increases", "jaw stiffness", PR),
   ("chelator", MO, "decreases", "jaw stiffness", PR)])
E(T, "I would rather hear your reasoning first, before we start trading numbers that neither of us can check right now.",
  [])
E(T, "I want to be careful about history here, because these terms are often used loosely. Sacrificial bonds and hidden length were proposed to explain bone's fracture resistance. When weak bonds inside the organic matrix break, previously folded segments extend and dissipate energy. Whether that mechanism dominates at the scale of a whole bone is, I admit, still open.",
  [("sacrificial bonds", S, "increases", "fracture resistance", PR),
   ("hidden length", S, "enables", "energy dissipation", ME),
   ("sacrificial bonds", S, "located_in", "organic matrix", S)])
E(T, "Sacrificial-bond designs have since been copied in elastomers and gels. Adding weak ionic or hydrogen bonds alongside strong covalent crosslinks increases toughness without much loss of stiffness.",
  [("sacrificial bonds", S, "used_for", "elastomers", M),
   ("ionic bonds", S, "increases", "toughness", PR),
   ("covalent crosslinks", S, "increases", "stiffness", PR)])
E(T, "Why should a weak bond make a material tougher? Breaking it costs energy, yes, but it also removes load-bearing capacity.",
  [("weak bond breaking", PC, "decreases", "load-bearing capacity", PR)])
E(T, "The point is that weak bonds break before the backbone does. They dissipate energy while the covalent chain stays intact, and in some systems they reform after unloading.",
  [("weak bonds", S, "enables", "energy dissipation", ME),
   ("weak bonds", S, "has_property", "reversibility", PR)])
E(T, "Hydrogels are water-swollen polymer networks, which is the crux of my objection. Their mechanical properties depend strongly on water content, with stiffness falling as swelling increases.",
  [("hydrogels", M, "is_a", "polymer networks", M),
   ("hydrogels", M, "made_of", "water", MO),
   ("swelling", PC, "decreases", "stiffness", PR)])
E(T, "Alginate gels are crosslinked by calcium ions that bridge guluronate blocks in the so-called egg-box structure. Adding a chelator such as EDTA dissolves the gel.",
  [("calcium ions", MO, "interacts_with", "guluronate blocks", S),
   ("egg-box structure", S, "part_of", "alginate gels", M),
   ("edta", MO, "causes", "gel dissolution", PC)])
E(T, "Microfluidic spinning devices now mimic the spider's duct, applying shear and ionic gradients to recombinant spidroin dopes. Fibers spun from recombinant spidroins are still weaker than natural dragline silk.",
  [("microfluidic spinning", MD, "used_for", "recombinant spidroin dopes", M),
   ("recombinant spidroins", P, "used_for", "fibers", M),
   ("dragline silk", M, "has_property", "higher strength", PR)])
E(T, "I'll grant you the strength gap. But is it the protein sequence that is missing, or the processing? Recombinant spidroins are usually much shorter than natural ones.",
  [("recombinant spidroins", P, "has_property", "short length", PR)])
E(T, "Molecular weight matters: longer recombinant spidroins produced by engineered bacteria gave fibers with tensile strength approaching that of native dragline silk.",
  [("molecular weight", PR, "increases", "tensile strength", PR),
   ("engineered bacteria", C, "used_for", "recombinant spidroins", P)])
E(T, "X-ray diffraction on silk fibers shows that the beta-sheet crystals are aligned along the fiber axis. Orientation improves further when fibers are spun under higher reeling speed.",
  [("crystal orientation", PR, "measured_by", "x-ray diffraction", MD),
   ("beta-sheet crystals", S, "located_in", "silk fibers", M),
   ("reeling speed", PR, "increases", "crystal orientation", PR)])
E(T, "Polymer chain entanglements act like temporary crosslinks. Above the entanglement molecular weight, melt viscosity rises much more steeply with chain length.",
  [("entanglements", S, "is_a", "temporary crosslinks", S),
   ("chain length", PR, "increases", "melt viscosity", PR)])
E(T, "Let me define the term before we argue about it. Creep is slow, time-dependent deformation under constant load. In polymers it increases sharply near the glass transition temperature.",
  [("creep", PC, "is_a", "time-dependent deformation", PC),
   ("glass transition temperature", PR, "related_to", "creep", PC)])
E(T, "Are you treating collagen as elastic or viscoelastic in your model? I ask because tendons clearly show stress relaxation and hysteresis.",
  [("tendons", M, "has_property", "stress relaxation", PR),
   ("tendons", M, "has_property", "hysteresis", PR)])
# -------------------------------------------------------------- TRAIN 99-150
E(T, "Gecko feet adhere to walls through millions of tiny setae that split into even finer spatulae. Adhesion comes mainly from van der Waals forces, so no glue is needed.",
  [("setae", S, "part_of", "gecko feet", S),
   ("spatulae", S, "part_of", "setae", S),
   ("van der waals forces", ME, "enables", "adhesion", PR)])
E(T, "Van der Waals forces are weak, so how does splitting the contact into spatulae help? The total contact area does not obviously change.",
  [("van der waals forces", ME, "has_property", "weakness", PR)])
E(T, "Splitting the contact helps because many small contacts conform better to rough surfaces and detach one at a time. This contact splitting raises the effective adhesion strength.",
  [("small contacts", S, "enables", "conformity", PR),
   ("contact splitting", ME, "increases", "adhesion strength", PR)])
E(T, "The lotus leaf is superhydrophobic thanks to micrometer-scale bumps covered with hydrophobic wax crystals. Water droplets roll off and carry dirt away.",
  [("lotus leaf", M, "has_property", "superhydrophobicity", PR),
   ("wax crystals", S, "located_in", "lotus leaf", M),
   ("wax crystals", S, "enables", "superhydrophobicity", PR),
   ("water droplets", MO, "enables", "dirt removal", PC)])
E(T, "Many organisms build minerals through a transient amorphous calcium carbonate phase, which later crystallizes. Sea urchin spines form this way.",
  [("amorphous calcium carbonate", M, "is_a", "transient phase", C),
   ("sea urchin spines", S, "related_to", "amorphous calcium carbonate", M)])
E(T, "Sea urchin teeth are made of calcite that contains magnesium. The magnesium-rich regions are harder than pure calcite, which helps the grinding tip stay sharp.",
  [("sea urchin teeth", S, "made_of", "calcite", M),
   ("magnesium", MO, "located_in", "calcite", M),
   ("magnesium", MO, "increases", "hardness", PR)])
E(T, "Glass sponge spicules are made of silica laid down in concentric layers separated by thin organic interlayers. These interlayers stop cracks from running straight across the spicule.",
  [("spicules", S, "made_of", "silica", M),
   ("organic interlayers", S, "part_of", "spicules", S),
   ("organic interlayers", S, "inhibits", "crack propagation", PC)])
E(T, "Diatoms are another good example here. They build intricate cell walls of amorphous silica, patterned at the nanoscale. Proteins called silaffins help direct silica precipitation.",
  [("cell walls", S, "made_of", "amorphous silica", M),
   ("silaffins", P, "enables", "silica precipitation", PC)])
E(T, "Can you say more about how you would test that in practice, and what result would count against your interpretation?",
  [])
E(T, "Consider a lightweight design from nature. Bird bones are often hollow and reinforced by internal struts. This keeps the bending stiffness high while reducing mass.",
  [("bird bones", S, "has_property", "hollowness", PR),
   ("internal struts", S, "part_of", "bird bones", S),
   ("internal struts", S, "increases", "bending stiffness", PR),
   ("hollowness", PR, "decreases", "mass", PR)])
E(T, "Porcupine quills have a stiff outer shell of keratin and a foam-like core. The core resists local buckling when the quill is bent.",
  [("porcupine quills", S, "made_of", "keratin", P),
   ("foam-like core", S, "part_of", "porcupine quills", S),
   ("foam-like core", S, "inhibits", "local buckling", PC)])
E(T, "Horse hoof wall contains keratin tubules surrounded by intertubular material. The arrangement of these two phases helps redirect cracks away from the living tissue inside the hoof.",
  [("hoof wall", M, "made_of", "keratin", P),
   ("tubules", S, "part_of", "hoof wall", M),
   ("intertubular material", S, "part_of", "hoof wall", M),
   ("phase arrangement", S, "causes", "crack redirection", ME)])
E(T, "Beta-keratin, found in bird feathers and reptile scales, is structurally different from the alpha-keratin of mammalian hair. It is based on beta-sheets rather than coiled coils.",
  [("beta-keratin", P, "located_in", "bird feathers", S),
   ("beta-keratin", P, "located_in", "reptile scales", S),
   ("beta-keratin", P, "made_of", "beta-sheets", S),
   ("alpha-keratin", P, "located_in", "mammalian hair", S)])
E(T, "Your comparison mixes up units. Toughness as energy per unit volume and fracture toughness as a stress intensity are different quantities with different dimensions.",
  [("toughness", PR, "related_to", "energy per volume", PR),
   ("fracture toughness", PR, "related_to", "stress intensity", PR)])
E(T, "Work of fracture is the area under the force-displacement curve divided by the cracked area. It is often used for biological materials because stable crack growth is hard to achieve.",
  [("work of fracture", PR, "related_to", "force-displacement curve", C),
   ("work of fracture", PR, "used_for", "biological materials", M)])
E(T, "Young's modulus is the slope of the initial linear part of the stress-strain curve. It is measured in tensile tests with an extensometer for accuracy.",
  [("young's modulus", PR, "related_to", "stress-strain curve", C),
   ("young's modulus", PR, "measured_by", "tensile tests", MD),
   ("extensometer", MD, "used_for", "tensile tests", MD)])
E(T, "Stress concentrations near holes scale with the geometry: for a small circular hole in a wide plate under tension, the peak stress is about three times the remote stress.",
  [("holes", S, "causes", "stress concentrations", PR),
   ("circular hole", S, "increases", "peak stress", PR)])
E(T, "Weibull statistics describe how the strength of brittle materials scatters. Larger specimens are more likely to contain a critical flaw, so their average strength is lower.",
  [("weibull statistics", C, "used_for", "strength scatter", PR),
   ("specimen size", PR, "decreases", "average strength", PR),
   ("critical flaw", S, "related_to", "specimen size", PR)])
E(T, "That size effect supports my point: the nanometer-thin mineral platelets in bone are simply too small to contain large flaws, so they approach theoretical strength.",
  [("mineral platelets", S, "part_of", "bone", M),
   ("mineral platelets", S, "has_property", "theoretical strength", PR)])
E(T, "I concede the flaw-tolerance argument for isolated platelets. But in bone they sit in a collagen matrix, and the matrix shear strength limits how much load they ever see.",
  [("platelets", S, "located_in", "collagen matrix", S),
   ("matrix shear strength", PR, "related_to", "platelet load", PR)])
E(T, "The shear-lag model treats platelets as stiff elements that transfer load to each other through shear in a soft matrix. Higher platelet aspect ratios improve load transfer.",
  [("shear-lag model", C, "used_for", "load transfer", PC),
   ("platelet aspect ratio", PR, "increases", "load transfer", PC),
   ("platelets", S, "located_in", "soft matrix", S)])
E(T, "Molecular dynamics simulations with atomistic force fields usually reach only microseconds for large proteins on ordinary hardware. Coarse-grained models trade chemical detail for access to longer times and bigger systems.",
  [("molecular dynamics", MD, "has_property", "microsecond timescale", PR),
   ("coarse-grained models", MD, "enables", "longer times", PR),
   ("coarse-grained models", MD, "decreases", "chemical detail", PR)])
E(T, "How confident are you in the force field? A different water model could shift the hydrogen-bond lifetimes and change your whole picture of the unfolding pathway.",
  [("water model", C, "related_to", "hydrogen-bond lifetimes", PR)])
E(T, "I think your objection rests on a misunderstanding of how these bonds are loaded, so let me explain. Hydrogen bonds in proteins are individually weak, only a few kilocalories per mole, but clusters of them break cooperatively. In beta-sheets, several parallel bonds must rupture together under shear. That cooperative picture is what I meant, not the strength of any one bond in isolation.",
  [("hydrogen bonds", S, "has_property", "weakness", PR),
   ("hydrogen bonds", S, "located_in", "beta-sheets", S),
   ("shear", PR, "causes", "cooperative rupture", PC)])
E(T, "Alpha-helices unfold at much lower forces than shear-loaded beta-sheets, because their hydrogen bonds can be broken one turn at a time.",
  [("alpha-helices", S, "has_property", "low unfolding force", PR),
   ("hydrogen bonds", S, "part_of", "alpha-helices", S)])
E(T, "Coiled-coil proteins such as myosin unfold at a nearly constant force, giving a plateau in the force curve. In hard keratin, large strains can also convert helices into beta-sheets.",
  [("myosin", P, "is_a", "coiled-coil protein", P),
   ("coiled-coil unfolding", PC, "causes", "force plateau", PR),
   ("large strains", PR, "causes", "helix-to-sheet conversion", PC),
   ("helix-to-sheet conversion", PC, "located_in", "hard keratin", P)])
E(T, "Fibrin, the protein network of blood clots, is remarkably extensible. Its fibers can stretch several times their length, in part through unfolding of coiled-coil regions.",
  [("fibrin", P, "part_of", "blood clots", S),
   ("fibrin", P, "has_property", "extensibility", PR),
   ("coiled-coil unfolding", PC, "enables", "extensibility", PR)])
E(T, "Spectrin forms a flexible network under the red blood cell membrane. This network lets the cell deform and squeeze through narrow capillaries, then recover its shape.",
  [("spectrin", P, "located_in", "red blood cell membrane", S),
   ("spectrin network", S, "enables", "cell deformation", PC),
   ("spectrin network", S, "enables", "shape recovery", PC)])
E(T, "Thank you, that answers my question. Let me think about it for a moment before I raise my next objection.",
  [])
E(T, "Actin filaments and microtubules form the cytoskeleton. Microtubules are much stiffer, with a persistence length of millimeters compared with micrometers for actin.",
  [("actin filaments", S, "part_of", "cytoskeleton", S),
   ("microtubules", S, "part_of", "cytoskeleton", S),
   ("microtubules", S, "has_property", "stiffness", PR),
   ("persistence length", PR, "related_to", "stiffness", PR)])
E(T, "Persistence length measures how stiff a polymer is against thermal bending. It can be extracted from fluorescence images of filament shapes.",
  [("persistence length", PR, "related_to", "thermal bending", PC),
   ("persistence length", PR, "measured_by", "fluorescence images", MD)])
E(T, "The worm-like chain model describes entropic elasticity of unfolded proteins and DNA. Fitting it to force-extension data yields the persistence length and contour length.",
  [("worm-like chain model", C, "related_to", "entropic elasticity", PR),
   ("worm-like chain model", C, "related_to", "persistence length", PR),
   ("worm-like chain model", C, "related_to", "contour length", PR)])
E(T, "Optical tweezers trap a bead with a focused laser and can measure forces down to a fraction of a piconewton. They are better suited than AFM to low-force measurements.",
  [("optical tweezers", MD, "used_for", "low-force measurements", PC),
   ("focused laser", S, "part_of", "optical tweezers", MD)])
E(T, "Magnetic tweezers apply constant force to many molecules in parallel. They are useful for studying slow refolding at low loads over long times.",
  [("magnetic tweezers", MD, "enables", "constant force", PR),
   ("magnetic tweezers", MD, "used_for", "slow refolding", PC)])
E(T, "That is an interesting claim, but where exactly is the evidence for it? I would like to see it before I accept the conclusion.",
  [])
E(T, "Polyethylene fibers such as Dyneema owe their strength to extreme chain alignment produced by gel spinning and drawing. The same polymer in bulk form is weak.",
  [("dyneema", M, "made_of", "polyethylene", M),
   ("chain alignment", S, "increases", "strength", PR),
   ("gel spinning", PC, "causes", "chain alignment", S),
   ("drawing", PC, "causes", "chain alignment", S)])
E(T, "Kevlar is an aramid fiber with rigid rod-like chains held together by hydrogen bonds between amide groups. It is used in body armor.",
  [("kevlar", M, "is_a", "aramid fiber", M),
   ("hydrogen bonds", S, "interacts_with", "amide groups", S),
   ("kevlar", M, "used_for", "body armor", M)])
E(T, "Let me challenge the Kevlar comparison. Dragline silk absorbs more energy before breaking, but Kevlar is far stiffer, and silk is more sensitive to humidity.",
  [("dragline silk", M, "has_property", "energy absorption", PR),
   ("kevlar", M, "has_property", "stiffness", PR),
   ("dragline silk", M, "has_property", "humidity sensitivity", PR)])
E(T, "Viscoelastic damping in silk prevents a prey insect from bouncing back out of the web. Most of the impact energy is dissipated rather than stored.",
  [("viscoelastic damping", ME, "located_in", "silk", M),
   ("viscoelastic damping", ME, "causes", "energy dissipation", ME)])
E(T, "Orb webs contain different silks: dragline silk for the frame and radii, and a stretchy flagelliform silk for the capture spiral, coated with aggregate glue.",
  [("radii", S, "made_of", "dragline silk", M),
   ("capture spiral", S, "made_of", "flagelliform silk", M),
   ("flagelliform silk", M, "has_property", "stretchiness", PR),
   ("aggregate glue", M, "located_in", "capture spiral", S)])
E(T, "Flagelliform silk contains long repeats of the GPGGX motif, which is thought to form beta-turn spirals that act like springs.",
  [("flagelliform silk", M, "made_of", "gpggx motif", S),
   ("gpggx motif", S, "enables", "beta-turn spirals", S),
   ("beta-turn spirals", S, "is_a", "springs", C)])
E(T, "The sequence data support this view. Proline in MaSp2 disrupts regular secondary structure, and dragline silks richer in MaSp2 tend to be more extensible.",
  [("proline", MO, "part_of", "masp2", P),
   ("proline", MO, "inhibits", "secondary structure", S),
   ("masp2", P, "increases", "extensibility", PR)])
E(T, "You keep citing bulk averages. Silk properties vary widely between species, individuals, and even along a single thread, so which numbers are you actually comparing?",
  [("silk properties", PR, "related_to", "species", C)])
E(T, "Reeling speed and temperature change silk properties during spinning. Faster reeling generally increases strength and stiffness but lowers strain at break.",
  [("reeling speed", PR, "increases", "strength", PR),
   ("reeling speed", PR, "increases", "stiffness", PR),
   ("reeling speed", PR, "decreases", "strain at break", PR)])
E(T, "Collagen denatures into gelatin when heated above its melting temperature, because the triple helix unwinds. Gelatin re-forms partial helices on cooling, which is why it gels.",
  [("heating", PC, "causes", "collagen denaturation", PC),
   ("gelatin", P, "made_of", "collagen", P),
   ("heating", PC, "causes", "triple helix unwinding", PC),
   ("partial helices", S, "enables", "gelation", PC)])
E(T, "Tendon collagen has a crimp pattern visible under polarized light. The crimp straightens first under low load, producing the toe region of the stress-strain curve.",
  [("crimp pattern", S, "part_of", "tendon collagen", P),
   ("crimp pattern", S, "measured_by", "polarized light", MD),
   ("crimp straightening", PC, "causes", "toe region", C)])
E(T, "Is the toe region really due to crimp alone, or could other mechanisms contribute as well? How would you tell them apart?",
  [])
E(T, "Fibril sliding is measured with small-angle X-ray scattering during loading. It shows that fibrils strain less than the whole tendon, so sliding between them accounts for the rest.",
  [("fibril sliding", ME, "measured_by", "small-angle x-ray scattering", MD),
   ("fibril strain", PR, "measured_by", "small-angle x-ray scattering", MD),
   ("fibril sliding", ME, "related_to", "tendon strain", PR)])
E(T, "Proteoglycans such as decorin bind to collagen fibrils at specific sites. Their role in transferring load between fibrils is still debated.",
  [("decorin", P, "is_a", "proteoglycans", P),
   ("decorin", P, "interacts_with", "collagen fibrils", S)])
E(T, "Cartilage resists compression through proteoglycans that attract water. The fixed negative charges create a swelling pressure held in check by a collagen network.",
  [("proteoglycans", P, "located_in", "cartilage", M),
   ("proteoglycans", P, "interacts_with", "water", MO),
   ("fixed negative charges", S, "causes", "swelling pressure", PR),
   ("collagen network", S, "inhibits", "swelling pressure", PR)])
# ------------------------------------------------------------- TRAIN 149-200
E(T, "Calcium matters for adhesion proteins too. Cadherins need bound calcium ions to become rigid. Without calcium, their extracellular domains turn floppy and lose adhesive function.",
  [("cadherins", P, "interacts_with", "calcium ions", MO),
   ("calcium ions", MO, "increases", "rigidity", PR),
   ("calcium ions", MO, "enables", "adhesive function", PR)])
E(T, "The cohesin-dockerin complex from cellulose-degrading bacteria is one of the most mechanically stable protein interactions known, rupturing at forces above 600 piconewtons in some pulling geometries.",
  [("cohesin", P, "interacts_with", "dockerin", P),
   ("cohesin-dockerin complex", P, "has_property", "mechanical stability", PR)])
E(T, "SpyTag and SpyCatcher form a spontaneous isopeptide bond, so the link between them is covalent. That makes the pair useful as a handle in force spectroscopy.",
  [("spytag", P, "interacts_with", "spycatcher", P),
   ("spycatcher", P, "used_for", "force spectroscopy", MD)])
E(T, "Streptavidin binds biotin with one of the strongest non-covalent affinities in biology. The pair is widely used to tether molecules to surfaces.",
  [("streptavidin", P, "interacts_with", "biotin", MO),
   ("streptavidin", P, "used_for", "tethering", PC)])
E(T, "Cells sense the stiffness of their surroundings through integrins that link the extracellular matrix to the cytoskeleton. On stiffer substrates, stem cells tend to differentiate toward bone-like lineages.",
  [("integrins", P, "interacts_with", "extracellular matrix", S),
   ("integrins", P, "interacts_with", "cytoskeleton", S),
   ("substrate stiffness", PR, "related_to", "stem cell differentiation", PC)])
E(T, "I'll grant the substrate-stiffness result in two dimensions. But in three-dimensional gels, degradability and ligand density change along with stiffness, so how do you separate them?",
  [("degradability", PR, "related_to", "stiffness", PR),
   ("ligand density", PR, "related_to", "stiffness", PR)])
E(T, "Salt bridges are electrostatic interactions between oppositely charged side chains, such as lysine and glutamate. High ionic strength screens them and weakens their contribution to stability.",
  [("salt bridges", S, "is_a", "electrostatic interactions", ME),
   ("lysine", MO, "interacts_with", "glutamate", MO),
   ("ionic strength", PR, "inhibits", "salt bridges", S)])
E(T, "Small molecules can do surprising things here. Pi-stacking between aromatic rings helps short peptides like diphenylalanine self-assemble into stiff nanotubes, a result that surprised many people.",
  [("pi-stacking", ME, "enables", "self-assembly", PC),
   ("nanotubes", S, "made_of", "diphenylalanine", MO),
   ("nanotubes", S, "has_property", "stiffness", PR)])
E(T, "Supramolecular polymers are held together by reversible non-covalent bonds such as quadruple hydrogen bonds. They can flow when heated and reassemble when cooled.",
  [("supramolecular polymers", M, "made_of", "non-covalent bonds", S),
   ("quadruple hydrogen bonds", S, "is_a", "non-covalent bonds", S),
   ("heating", PC, "causes", "flow", PC)])
E(T, "Surely reversible bonds come at a cost. A network that can rearrange under heat will also creep under sustained load at service temperature, won't it?",
  [("reversible bonds", S, "causes", "creep", PC)])
E(T, "It depends on the exchange rate. If the bond exchange is slow at service temperature and fast only when heated, creep stays small in use.",
  [("exchange rate", PR, "related_to", "creep", PC)])
E(T, "Steel is hardened by quenching, which traps carbon in a martensite structure. Tempering afterwards reduces brittleness at some cost in hardness.",
  [("quenching", PC, "increases", "hardness", PR),
   ("martensite", S, "part_of", "steel", M),
   ("tempering", PC, "decreases", "brittleness", PR),
   ("tempering", PC, "decreases", "hardness", PR)])
E(T, "Metallurgy offers a useful parallel. Grain refinement strengthens metals, as described by the Hall-Petch relation. Grain boundaries act as barriers to dislocation motion.",
  [("grain refinement", PC, "increases", "strength", PR),
   ("hall-petch relation", C, "related_to", "grain refinement", PC),
   ("grain boundaries", S, "inhibits", "dislocation motion", ME)])
E(T, "Corrosion of steel is an electrochemical process in which iron is oxidized. Chromium in stainless steel forms a thin passive oxide film that protects the surface.",
  [("corrosion", PC, "is_a", "electrochemical process", PC),
   ("chromium", MO, "part_of", "stainless steel", M),
   ("passive oxide film", S, "inhibits", "corrosion", PC)])
E(T, "Thermal expansion mismatch between a coating and its substrate causes stresses on cooling. These stresses can crack or delaminate the coating.",
  [("thermal expansion mismatch", PR, "causes", "stresses", PR),
   ("stresses", PR, "causes", "delamination", PC)])
E(T, "Additively manufactured lattices allow engineers to copy the porous architecture of trabecular bone. Their stiffness scales with relative density, roughly with its square for bending-dominated designs.",
  [("lattices", S, "related_to", "trabecular bone", M),
   ("relative density", PR, "increases", "stiffness", PR)])
E(T, "Your lattice data come from as-built samples, don't they? Surface roughness from laser melting is a notorious fatigue initiator in printed titanium.",
  [("surface roughness", PR, "causes", "fatigue initiation", PC),
   ("laser melting", PC, "causes", "surface roughness", PR)])
E(T, "Trabecular bone is a porous network of struts and plates found at the ends of long bones and inside vertebrae. It aligns with the main loading directions.",
  [("trabecular bone", M, "made_of", "struts", S),
   ("trabecular bone", M, "located_in", "long bones", S),
   ("trabecular bone", M, "located_in", "vertebrae", S)])
E(T, "Bone adapts its density to mechanical loading. Bed rest and spaceflight lead to bone loss because the skeleton is unloaded.",
  [("mechanical loading", PR, "increases", "bone density", PR),
   ("spaceflight", PC, "causes", "bone loss", PC),
   ("bed rest", PC, "causes", "bone loss", PC)])
E(T, "On the question of how bone knows where to remodel: osteocytes embedded in the bone matrix are thought to sense load through fluid flow in their lacunar-canalicular network.",
  [("osteocytes", S, "located_in", "bone matrix", S),
   ("fluid flow", PC, "enables", "load sensing", PC),
   ("lacunar-canalicular network", S, "part_of", "bone matrix", S)])
E(T, "Bamboo culms are graded: vascular bundles rich in cellulose fibers become denser toward the outer wall, where bending stresses are highest.",
  [("vascular bundles", S, "part_of", "bamboo culms", M),
   ("vascular bundles", S, "made_of", "cellulose fibers", S),
   ("bamboo culms", M, "has_property", "gradient", PR)])
E(T, "Conch shells use a crossed-lamellar microstructure of aragonite, with lamellae at several orientations. Cracks must change direction repeatedly, which makes the shell very tough.",
  [("conch shells", M, "made_of", "aragonite", M),
   ("crossed-lamellar microstructure", S, "part_of", "conch shells", M),
   ("crossed-lamellar microstructure", S, "causes", "crack deflection", ME),
   ("crossed-lamellar microstructure", S, "increases", "toughness", PR)])
E(T, "Isn't calling the conch shell tougher than nacre a bit loose? Toughness values depend heavily on loading direction and on whether the samples were wet or dry.",
  [("toughness", PR, "related_to", "loading direction", PR),
   ("toughness", PR, "related_to", "hydration", PR)])
E(T, "Lobster cuticle consists of chitin-protein fibers arranged in a twisted plywood pattern and mineralized with calcium carbonate. Pore canals run through the thickness.",
  [("lobster cuticle", M, "made_of", "chitin-protein fibers", S),
   ("lobster cuticle", M, "made_of", "calcium carbonate", M),
   ("twisted plywood pattern", S, "part_of", "lobster cuticle", M),
   ("pore canals", S, "located_in", "lobster cuticle", M)])
E(T, "Silk fibroin scaffolds degrade slowly in the body and support cell attachment. The degradation rate can be tuned through beta-sheet content.",
  [("fibroin scaffolds", M, "has_property", "slow degradation", PR),
   ("fibroin scaffolds", M, "enables", "cell attachment", PC),
   ("beta-sheet content", PR, "related_to", "degradation rate", PR)])
E(T, "Collagen scaffolds for tissue engineering are often chemically crosslinked with glutaraldehyde or carbodiimide. Crosslinking raises stiffness and slows enzymatic degradation.",
  [("collagen scaffolds", M, "used_for", "tissue engineering", PC),
   ("glutaraldehyde", MO, "used_for", "crosslinking", PC),
   ("crosslinking", PC, "increases", "stiffness", PR),
   ("crosslinking", PC, "decreases", "enzymatic degradation", PC)])
E(T, "Glutaraldehyde is cytotoxic if residues remain, so I would not call it harmless. Have you checked for residual crosslinker in your scaffolds?",
  [("glutaraldehyde", MO, "has_property", "cytotoxicity", PR)])
E(T, "Here is an example that I think should make us both more modest about what we understand. Sea cucumber dermis changes stiffness within seconds under nervous control. Soluble factors regulate how strongly the collagen fibrils are coupled by the matrix. I do not think anyone can yet claim a complete molecular explanation of this behavior.",
  [("sea cucumber dermis", M, "has_property", "variable stiffness", PR),
   ("soluble factors", MO, "related_to", "fibril coupling", ME),
   ("collagen fibrils", S, "part_of", "sea cucumber dermis", M)])
E(T, "Mechanically adaptive polymer composites inspired by sea cucumbers use cellulose nanocrystals in a rubbery matrix. Water uptake breaks hydrogen bonds between the nanocrystals and softens the material.",
  [("cellulose nanocrystals", S, "located_in", "rubbery matrix", S),
   ("water uptake", PC, "inhibits", "hydrogen bonds", S),
   ("water uptake", PC, "decreases", "stiffness", PR)])
E(T, "Hydroxyapatite is a calcium phosphate mineral. In bone it is carbonated and forms very thin platelets only a few nanometers thick.",
  [("hydroxyapatite", M, "is_a", "calcium phosphate", M),
   ("hydroxyapatite", M, "located_in", "bone", M),
   ("thin platelets", S, "made_of", "hydroxyapatite", M)])
E(T, "Here is the mechanism as I understand it. Intrafibrillar mineralization places mineral inside the gap zones of collagen fibrils. Non-collagenous proteins are believed to guide this process.",
  [("intrafibrillar mineralization", PC, "located_in", "gap zones", S),
   ("gap zones", S, "part_of", "collagen fibrils", S),
   ("non-collagenous proteins", P, "enables", "intrafibrillar mineralization", PC)])
E(T, "How much of bone's toughness is lost when mineral content rises? Highly mineralized bone, like whale ear bones, is stiff but brittle.",
  [("whale ear bones", M, "has_property", "stiffness", PR),
   ("whale ear bones", M, "has_property", "brittleness", PR)])
E(T, "Antler is the opposite case: relatively low mineral content makes it exceptionally tough, which suits the impacts it takes during fights.",
  [("antler", M, "has_property", "low mineral content", PR),
   ("low mineral content", PR, "increases", "toughness", PR)])
E(T, "We did check composition. Raman spectroscopy can map the mineral-to-matrix ratio across bone sections, and it gives chemical information without staining.",
  [("mineral-to-matrix ratio", PR, "measured_by", "raman spectroscopy", MD),
   ("raman spectroscopy", MD, "used_for", "bone sections", M)])
E(T, "For the structural side we relied on imaging. Micro-computed tomography images bone architecture in three dimensions. It is used to measure trabecular thickness and porosity.",
  [("micro-computed tomography", MD, "used_for", "bone architecture", S),
   ("trabecular thickness", PR, "measured_by", "micro-computed tomography", MD),
   ("porosity", PR, "measured_by", "micro-computed tomography", MD)])
E(T, "Scanning electron microscopy of fracture surfaces reveals tablet pull-out in nacre. Pull-out indicates that the tablets slid rather than breaking.",
  [("tablet pull-out", ME, "measured_by", "scanning electron microscopy", MD),
   ("tablet pull-out", ME, "located_in", "nacre", M),
   ("tablet pull-out", ME, "related_to", "tablet sliding", ME)])
E(T, "Fiber pull-out also toughens ceramic-matrix composites. Weak fiber-matrix interfaces let fibers debond and slide, bridging the crack behind its tip.",
  [("fiber pull-out", ME, "increases", "toughness", PR),
   ("weak interfaces", S, "enables", "debonding", PC),
   ("fibers", S, "causes", "crack bridging", ME)])
E(T, "I follow the toughening argument. But a weak interface also lowers transverse strength. Isn't the designer just trading one failure mode for another?",
  [("weak interface", S, "decreases", "transverse strength", PR)])
E(T, "Let me take a step back from biology, because the engineering case is cleaner and easier to quantify. Glass is strong in theory but weak in practice because of surface flaws. Chemical tempering by ion exchange puts the surface into compression and raises practical strength. The lesson for bioinspired design is that surfaces deserve at least as much attention as the bulk.",
  [("surface flaws", S, "decreases", "strength", PR),
   ("ion exchange", PC, "causes", "surface compression", PR),
   ("surface compression", PR, "increases", "strength", PR)])
E(T, "Prince Rupert's drops show how residual stress matters: the head survives hammer blows thanks to compressive surface stress, but snapping the tail releases tension and the drop shatters.",
  [("compressive surface stress", PR, "increases", "strength", PR),
   ("tail snapping", PC, "causes", "shattering", PC)])
E(T, "Ice-templated alumina infiltrated with PMMA reached toughness far above that of either component. The ceramic layers carry load while the polymer allows frictional sliding.",
  [("ice-templated alumina", M, "has_property", "toughness", PR),
   ("ceramic layers", S, "enables", "load bearing", PC),
   ("pmma", M, "enables", "frictional sliding", ME)])
E(T, "Self-assembled monolayers of alkanethiols on gold are used to control surface chemistry. The sulfur head group binds the gold strongly.",
  [("alkanethiols", MO, "interacts_with", "gold", M),
   ("self-assembled monolayers", S, "used_for", "surface chemistry", C),
   ("sulfur head group", S, "part_of", "alkanethiols", MO)])
E(T, "Layer-by-layer assembly builds nacre-like films by alternating polymer and clay nanosheets. The films become stiff and strong when the layers are crosslinked.",
  [("layer-by-layer assembly", MD, "used_for", "nacre-like films", M),
   ("nacre-like films", M, "made_of", "clay nanosheets", M),
   ("crosslinking", PC, "increases", "stiffness", PR)])
E(T, "I concede that layer-by-layer films perform well. The problem is that the process is slow, taking hundreds of deposition cycles for a film a few micrometers thick.",
  [("layer-by-layer films", M, "has_property", "slow process", PR)])
E(T, "The same idea works in synthetic laminates. Graphene oxide papers gain strength when divalent ions such as magnesium or calcium bridge adjacent sheets.",
  [("divalent ions", MO, "interacts_with", "graphene oxide", M),
   ("divalent ions", MO, "increases", "strength", PR)])
E(T, "Protein folding can be studied by denaturant melts monitored by tryptophan fluorescence. The midpoint of the transition gives a measure of stability.",
  [("protein folding", PC, "measured_by", "tryptophan fluorescence", MD),
   ("transition midpoint", PR, "related_to", "stability", PR)])
E(T, "Chemical stability and mechanical stability are not the same thing. A protein can resist denaturants well and still unfold at low force if it is pulled along a weak axis.",
  [("chemical stability", PR, "related_to", "mechanical stability", PR),
   ("pulling axis", C, "related_to", "unfolding force", PR)])
E(T, "Is there experimental data behind that? Single-molecule pulling experiments on ubiquitin did confirm the simulation trend, with the highest forces for termini that are loaded in shear.",
  [("ubiquitin", P, "measured_by", "single-molecule pulling", MD),
   ("shear loading", ME, "increases", "unfolding force", PR)])
E(T, "Ionic liquids are salts that are liquid below 100 degrees Celsius. Some of them dissolve cellulose by breaking its hydrogen-bond network, which makes them useful for processing plant fibers.",
  [("ionic liquids", MO, "is_a", "salts", MO),
   ("ionic liquids", MO, "inhibits", "hydrogen-bond network", S),
   ("ionic liquids", MO, "used_for", "cellulose dissolution", PC)])
E(T, "You describe the matrix as purely elastic, but polymer matrices relax over time. Under a sustained load, that relaxation shifts stress onto the fibers of the composite.",
  [("polymer matrices", M, "has_property", "stress relaxation", PR),
   ("stress relaxation", PR, "increases", "fiber stress", PR)])
E(T, "Hydrogen-deuterium exchange with mass spectrometry reveals which parts of a protein are protected by stable structure. Unprotected regions exchange quickly.",
  [("hydrogen-deuterium exchange", MD, "used_for", "protein structure", S),
   ("mass spectrometry", MD, "used_for", "hydrogen-deuterium exchange", MD),
   ("stable structure", S, "inhibits", "exchange", PC)])
E(T, "Cryo-electron microscopy now resolves many protein structures near atomic resolution. It is especially valuable for large complexes that resist crystallization.",
  [("cryo-electron microscopy", MD, "used_for", "protein structures", S),
   ("large complexes", S, "measured_by", "cryo-electron microscopy", MD)])
# ------------------------------------------------------------------ HELDOUT
H = HELDOUT
E(H, "Silk fibroin forms two main structures: Silk I, a water-soluble form found in the gland, and Silk II, the beta-sheet form found in the spun fiber.",
  [("silk i", S, "is_a", "fibroin structure", S),
   ("silk i", S, "has_property", "water solubility", PR),
   ("silk ii", S, "made_of", "beta-sheets", S),
   ("silk ii", S, "located_in", "spun fiber", M)])
E(H, "I agree with much of what you said, but I think you left out an important experimental variable. Nacre's toughness depends on hydration. Dry nacre behaves much more like a brittle ceramic, because the organic layers stiffen and tablets can no longer slide. Anyone comparing published values should check how the samples were stored and tested.",
  [("hydration", PR, "increases", "toughness", PR),
   ("dry nacre", M, "has_property", "brittleness", PR),
   ("organic layers", S, "part_of", "nacre", M)])
E(H, "Could you restate your main claim in one sentence? I think we may be talking past each other here, and I want to fix that first.",
  [])
E(H, "Collagen fibrils in bone are mineralized both inside the fibrils and in the spaces between them. The extrafibrillar mineral may carry a large share of the load.",
  [("collagen fibrils", S, "part_of", "bone", M),
   ("extrafibrillar mineral", M, "located_in", "bone", M),
   ("extrafibrillar mineral", M, "related_to", "load bearing", PC)])
E(H, "I'd push back on the idea that titin only acts at large stretches. Its PEVK region behaves as an entropic spring and contributes passive tension at physiological sarcomere lengths.",
  [("pevk region", S, "part_of", "titin", P),
   ("pevk region", S, "is_a", "entropic spring", C),
   ("pevk region", S, "causes", "passive tension", PR)])
E(H, "Chain-growth polymerization adds monomers one at a time to a reactive chain end, whereas step-growth polymerization links oligomers of any size.",
  [("chain-growth polymerization", PC, "interacts_with", "monomers", MO),
   ("step-growth polymerization", PC, "interacts_with", "oligomers", MO),
   ("chain-growth polymerization", PC, "related_to", "reactive chain end", S)])
E(H, "Since you asked about our procedure, I will describe it in some detail so that you can judge it yourself. Fracture toughness is measured with compact tension specimens that contain a fatigue precrack. The precrack makes the crack tip sharp, so the result does not depend on notch radius. We followed the standard protocol as closely as the sample size allowed.",
  [("fracture toughness", PR, "measured_by", "compact tension specimens", MD),
   ("fatigue precrack", S, "part_of", "compact tension specimens", MD),
   ("fatigue precrack", S, "enables", "sharp crack tip", S)])
E(H, "Hagfish slime contains intermediate filament threads that can be drawn into fibers. Stretching converts their alpha-helical structure to beta-sheets and makes them stiffer.",
  [("hagfish slime", M, "made_of", "intermediate filament threads", S),
   ("stretching", PC, "causes", "alpha-to-beta conversion", PC),
   ("alpha-to-beta conversion", PC, "increases", "stiffness", PR)])
E(H, "But are hagfish fibers really competitive with silk? In water they swell and soften considerably, so the dry data can mislead.",
  [("water", MO, "causes", "swelling", PC),
   ("water", MO, "decreases", "stiffness", PR)])
E(H, "Polydopamine coatings form when dopamine oxidizes and polymerizes in mildly alkaline water. The coating adheres to almost any surface, an idea borrowed from mussel adhesive proteins.",
  [("polydopamine", M, "made_of", "dopamine", MO),
   ("polydopamine", M, "related_to", "mussel adhesive proteins", P),
   ("oxidation", PC, "enables", "polydopamine", M)])
E(H, "Beta-sheet crystals in silk are only a few nanometers in size. Simulations indicate that confining them to this size lets hydrogen bonds work cooperatively and raises their strength.",
  [("beta-sheet crystals", S, "located_in", "silk", M),
   ("hydrogen bonds", S, "part_of", "beta-sheet crystals", S),
   ("small crystal size", PR, "increases", "strength", PR)])
E(H, "Collagen type I is a heterotrimer with two alpha1 chains and one alpha2 chain. It is the most abundant collagen in skin, tendon and bone.",
  [("collagen type i", P, "made_of", "alpha1 chains", P),
   ("collagen type i", P, "made_of", "alpha2 chain", P),
   ("collagen type i", P, "located_in", "tendon", M),
   ("collagen type i", P, "located_in", "bone", M)])
E(H, "Osteogenesis imperfecta is often caused by mutations that replace a glycine in the collagen triple helix. The resulting bones fracture easily.",
  [("glycine mutations", C, "causes", "osteogenesis imperfecta", C),
   ("glycine", MO, "part_of", "triple helix", S),
   ("osteogenesis imperfecta", C, "increases", "fracture risk", PR)])
E(H, "Rubber is an instructive counterexample. Elastomers like natural rubber crystallize when stretched far. Strain-induced crystallization stiffens the rubber and resists crack growth.",
  [("natural rubber", M, "is_a", "elastomers", M),
   ("strain-induced crystallization", PC, "increases", "stiffness", PR),
   ("strain-induced crystallization", PC, "inhibits", "crack growth", PC)])
E(H, "Before we go on, do you have any measurements at body temperature? Properties reported at room temperature may not transfer to an implant.",
  [])
E(H, "Nanoindentation measures hardness and reduced modulus from the load-displacement curve of a sharp tip pressed into the surface. The Oliver-Pharr method is usually used for the analysis.",
  [("hardness", PR, "measured_by", "nanoindentation", MD),
   ("reduced modulus", PR, "measured_by", "nanoindentation", MD),
   ("oliver-pharr method", MD, "used_for", "nanoindentation", MD)])
E(H, "Ductile metals absorb energy through plastic deformation at the crack tip, which blunts it. Brittle ceramics lack dislocation mobility, so cracks stay sharp.",
  [("plastic deformation", ME, "causes", "crack blunting", ME),
   ("ductile metals", M, "has_property", "energy absorption", PR),
   ("brittle ceramics", M, "has_property", "low dislocation mobility", PR)])
E(H, "I grant that the cement line deflects cracks. Yet cement lines are also sites where microcracks nucleate, so they cut both ways.",
  [("cement line", S, "causes", "crack deflection", ME),
   ("microcracks", S, "located_in", "cement lines", S)])
E(H, "Mechanical unfolding is not always damage. Fibronectin contains type III domains that can unfold under cellular traction. Unfolding exposes cryptic sites that promote fibril assembly.",
  [("type iii domains", S, "part_of", "fibronectin", P),
   ("cellular traction", PR, "causes", "domain unfolding", PC),
   ("domain unfolding", PC, "enables", "fibril assembly", PC)])
E(H, "Hydrogen bonds between amide groups in nylon raise its melting point and stiffness compared with polyethylene. They also make nylon absorb water, which lowers its stiffness.",
  [("hydrogen bonds", S, "increases", "melting point", PR),
   ("nylon", M, "interacts_with", "water", MO),
   ("water", MO, "decreases", "stiffness", PR)])
E(H, "Mussel threads have a stiff distal portion and a soft proximal portion. The gradient reduces stress concentrations where the thread meets the soft tissue of the animal.",
  [("distal portion", S, "part_of", "mussel threads", M),
   ("distal portion", S, "has_property", "stiffness", PR),
   ("gradient", PR, "decreases", "stress concentrations", PR)])
E(H, "The cuticle of mussel threads contains DOPA-iron complexes. These make the coating both hard and extensible, a combination that is unusual in synthetic coatings.",
  [("dopa-iron complexes", S, "located_in", "cuticle", S),
   ("dopa-iron complexes", S, "increases", "hardness", PR),
   ("dopa-iron complexes", S, "increases", "extensibility", PR)])
E(H, "Glass fibers are coated with silane coupling agents before they go into resin. The silane bonds to the glass surface and to the polymer, improving interfacial adhesion.",
  [("silane coupling agents", MO, "interacts_with", "glass fibers", M),
   ("silane coupling agents", MO, "interacts_with", "polymer", M),
   ("silane coupling agents", MO, "increases", "interfacial adhesion", PR)])
E(H, "Where does your value for the interfacial shear strength come from? Single-fiber pull-out tests often scatter by a factor of two.",
  [("interfacial shear strength", PR, "measured_by", "single-fiber pull-out", MD)])
E(H, "Protein aggregation rises at high concentration and elevated temperature. Excipients such as sugars are added to formulations to suppress it.",
  [("concentration", PR, "increases", "protein aggregation", PC),
   ("temperature", PR, "increases", "protein aggregation", PC),
   ("sugars", MO, "inhibits", "protein aggregation", PC)])
E(H, "You asked about the second silk protein. Silk sericin is hydrophilic and rich in serine. It glues the fibroin filaments together in the cocoon.",
  [("sericin", P, "has_property", "hydrophilicity", PR),
   ("sericin", P, "made_of", "serine", MO),
   ("sericin", P, "interacts_with", "fibroin filaments", S),
   ("sericin", P, "located_in", "cocoon", S)])
E(H, "Let me be clear about what I accept. Nanoscale mineral platelets are flaw tolerant; what I doubt is the extrapolation to meter-scale structures.",
  [("mineral platelets", S, "has_property", "flaw tolerance", PR)])
E(H, "Keratin fibers lose stiffness at high humidity because water breaks hydrogen bonds in the matrix between the filaments. The disulfide crosslinks are not affected.",
  [("humidity", PR, "decreases", "stiffness", PR),
   ("water", MO, "inhibits", "hydrogen bonds", S),
   ("hydrogen bonds", S, "located_in", "matrix", S)])
E(H, "Transglutaminases crosslink proteins by forming isopeptide bonds between glutamine and lysine side chains. Factor XIII stabilizes fibrin clots this way.",
  [("transglutaminases", P, "enables", "isopeptide bonds", S),
   ("glutamine", MO, "interacts_with", "lysine", MO),
   ("factor xiii", P, "increases", "clot stability", PR),
   ("factor xiii", P, "interacts_with", "fibrin", P)])
E(H, "Lignin is an aromatic polymer that stiffens plant cell walls and protects them against microbial attack. It is hard to break down, which complicates biofuel production.",
  [("lignin", MO, "is_a", "aromatic polymer", MO),
   ("lignin", MO, "increases", "cell wall stiffness", PR),
   ("lignin", MO, "inhibits", "microbial attack", PC)])
E(H, "The J-integral extends fracture mechanics to materials with significant plasticity. It is widely used for bone and other tissues that yield before cracking.",
  [("j-integral", C, "related_to", "fracture mechanics", C),
   ("j-integral", C, "used_for", "bone", M)])
E(H, "Silk can be processed from aqueous solution into films, sponges, gels and fibers. This versatility is a major reason it is studied for biomedical devices.",
  [("silk", M, "used_for", "films", M),
   ("silk", M, "used_for", "biomedical devices", M),
   ("silk", M, "has_property", "versatility", PR)])
E(H, "Drying stiffens collagen-based tissues considerably. How do you rule out that the stiffening you see is simply the sample drying during the test?",
  [("drying", PC, "increases", "stiffness", PR)])
E(H, "Carbon nanotubes have extremely high tensile strength along their axis. In composites, however, poor dispersion and weak load transfer limit the gain.",
  [("carbon nanotubes", M, "has_property", "tensile strength", PR),
   ("poor dispersion", PR, "decreases", "strength gain", PR),
   ("weak load transfer", PR, "decreases", "strength gain", PR)])
E(H, "Woodpecker skulls are often cited as natural shock absorbers, but recent high-speed video analysis suggests the head acts more like a stiff hammer than a cushion.",
  [("woodpecker skulls", S, "related_to", "shock absorbers", C),
   ("woodpecker skulls", S, "measured_by", "high-speed video", MD)])
E(H, "The arthropod exoskeleton is shed during molting, and the new cuticle is soft until it sclerotizes. Sclerotization crosslinks cuticle proteins with quinones.",
  [("molting", PC, "causes", "exoskeleton shedding", PC),
   ("sclerotization", PC, "increases", "cuticle hardness", PR),
   ("quinones", MO, "interacts_with", "cuticle proteins", P)])
E(H, "Nacre tablets grow in a chitin-based organic framework that forms before mineralization. Proteins in this framework control the aragonite polymorph that nucleates.",
  [("nacre tablets", S, "located_in", "organic framework", S),
   ("organic framework", S, "made_of", "chitin", MO),
   ("proteins", P, "related_to", "aragonite polymorph", M)])
E(H, "Climate is relevant to this debate as well. Carbonate ions in seawater become less available as the ocean acidifies. That makes shell formation harder for calcifying organisms.",
  [("ocean acidification", PC, "decreases", "carbonate ions", MO),
   ("ocean acidification", PC, "inhibits", "shell formation", PC)])
E(H, "Are we sure that acidification damages adult shells, or only larval growth? Which of the two are we actually arguing about?",
  [])
E(H, "Collagen cross-links from glucose accumulate in diabetes. Pentosidine is one such advanced glycation end product and is measured by chromatography.",
  [("glucose", MO, "causes", "collagen cross-links", S),
   ("pentosidine", MO, "is_a", "advanced glycation end product", MO),
   ("pentosidine", MO, "measured_by", "chromatography", MD)])
E(H, "Thermal cycling drives fatigue in solder joints of electronics. The mismatch in thermal expansion between chip and board creates repeated shear strain.",
  [("thermal cycling", PC, "causes", "fatigue", PC),
   ("thermal expansion mismatch", PR, "causes", "shear strain", PR),
   ("fatigue", PC, "located_in", "solder joints", S)])
E(H, "You asked what happens before the fiber even exists, and I think that is exactly the right question. Spider silk proteins are stored in the gland as a liquid crystalline dope at very high concentration. The liquid crystalline phase helps the chains align during spinning. Much of the final structure is therefore set up long before the thread leaves the spider.",
  [("spider silk proteins", P, "located_in", "gland", S),
   ("liquid crystalline dope", M, "made_of", "spider silk proteins", P),
   ("liquid crystalline phase", S, "enables", "chain alignment", S)])
E(H, "Shape-memory polymers fix a temporary shape below a transition temperature and return to the original shape when heated. Crosslinks store the memory of the permanent shape.",
  [("shape-memory polymers", M, "has_property", "shape memory", PR),
   ("heating", PC, "causes", "shape recovery", PC),
   ("crosslinks", S, "enables", "shape memory", PR)])
E(H, "Aren't you overstating the benefit of hierarchy in this case? Many engineering composites have only two hierarchical levels and still perform well.",
  [("engineering composites", M, "has_property", "two hierarchical levels", S)])
E(H, "Metal-organic frameworks are porous crystals of metal nodes linked by organic molecules. Their high surface area makes them useful for gas storage.",
  [("metal-organic frameworks", M, "made_of", "metal nodes", S),
   ("metal-organic frameworks", M, "has_property", "high surface area", PR),
   ("metal-organic frameworks", M, "used_for", "gas storage", PC)])
E(H, "Ferritin stores iron inside a protein shell. The shell protects the cell from free iron, which would otherwise catalyze damaging reactions.",
  [("ferritin", P, "used_for", "iron storage", PC),
   ("protein shell", S, "part_of", "ferritin", P),
   ("free iron", MO, "causes", "damaging reactions", PC)])
E(H, "I think the implant question is where this whole debate becomes practical, so let me be concrete. Stress shielding occurs when a stiff metal implant carries most of the load. The surrounding bone is then underloaded and resorbs. That is a long-term failure mode, and it is easy to miss in short studies.",
  [("metal implant", M, "causes", "stress shielding", ME),
   ("stress shielding", ME, "causes", "bone resorption", PC)])
E(H, "That is why implant design has shifted. Porous titanium and lower-modulus alloys reduce stress shielding because their stiffness is closer to that of bone.",
  [("porous titanium", M, "decreases", "stress shielding", ME),
   ("lower-modulus alloys", M, "decreases", "stress shielding", ME)])
E(H, "Soft biological materials matter too. Mucins are heavily glycosylated proteins that give mucus its gel-like viscoelastic properties and lubricate epithelial surfaces.",
  [("mucins", P, "part_of", "mucus", M),
   ("mucins", P, "has_property", "glycosylation", PR),
   ("mucins", P, "enables", "lubrication", PC)])
E(H, "Spiders anchor their draglines to surfaces with attachment discs made of piriform silk. The geometry of the disc spreads the load and helps prevent peeling at the junction.",
  [("attachment discs", S, "made_of", "piriform silk", M),
   ("disc geometry", S, "inhibits", "peeling", PC),
   ("attachment discs", S, "used_for", "anchoring", PC)])


# ----------------------------------------------------------------- building
def build_example(passage, triples):
    answer = {"triples": [
        {"subject": s, "subject_type": st, "relation": r, "object": o, "object_type": ot}
        for (s, st, r, o, ot) in triples]}
    return {"messages": [
        {"role": "user", "content": INSTRUCTION + passage},
        {"role": "assistant", "content": json.dumps(answer, ensure_ascii=False)}],
        "domain": "kg_extraction"}


def check_data(name, data, errors):
    for i, (passage, triples) in enumerate(data):
        tag = f"{name}[{i}]"
        n = len(passage.split())
        if not (20 <= n <= 90):
            errors.append(f"{tag}: passage has {n} words (want 20-90)")
        if passage != passage.strip() or "\n" in passage:
            errors.append(f"{tag}: passage whitespace")
        if len(triples) > 6:
            errors.append(f"{tag}: {len(triples)} triples (max 6)")
        seen = set()
        for t in triples:
            if len(t) != 5:
                errors.append(f"{tag}: bad tuple {t}")
                continue
            s, st, r, o, ot = t
            if t in seen:
                errors.append(f"{tag}: duplicate triple {t}")
            seen.add(t)
            for ent in (s, o):
                if not ent.strip() or ent != ent.lower() or ent != ent.strip():
                    errors.append(f"{tag}: bad entity {ent!r}")
                if not (1 <= len(ent.split()) <= 4):
                    errors.append(f"{tag}: entity not 1-4 words {ent!r}")
            if s == o:
                errors.append(f"{tag}: subject == object {s!r}")


def validate_file(path, expected):
    errors = []
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if len(lines) != expected:
        errors.append(f"{path}: {len(lines)} lines, expected {expected}")
    for ln, line in enumerate(lines, 1):
        try:
            ex = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{path}:{ln}: line does not parse ({e})")
            continue
        if set(ex) != {"messages", "domain"} or ex["domain"] != "kg_extraction":
            errors.append(f"{path}:{ln}: bad top-level keys/domain")
        msgs = ex.get("messages", [])
        if [m.get("role") for m in msgs] != ["user", "assistant"]:
            errors.append(f"{path}:{ln}: roles must be user, assistant")
            continue
        user, asst = msgs[0]["content"], msgs[1]["content"]
        if not user.startswith(INSTRUCTION):
            errors.append(f"{path}:{ln}: prompt prefix mismatch")
        passage = user[len(INSTRUCTION):]
        if not passage.strip():
            errors.append(f"{path}:{ln}: empty passage")
        if "\n" in asst:
            errors.append(f"{path}:{ln}: answer not single-line")
        try:
            ans = json.loads(asst)
        except json.JSONDecodeError as e:
            errors.append(f"{path}:{ln}: answer does not parse ({e})")
            continue
        if json.dumps(ans, ensure_ascii=False) != asst:
            errors.append(f"{path}:{ln}: answer not in canonical json.dumps form")
        if not isinstance(ans, dict) or list(ans) != ["triples"] or not isinstance(ans["triples"], list):
            errors.append(f"{path}:{ln}: answer must be {{\"triples\": [...]}}")
            continue
        if len(ans["triples"]) > 6:
            errors.append(f"{path}:{ln}: more than 6 triples")
        for t in ans["triples"]:
            if not isinstance(t, dict) or list(t) != KEYS:
                errors.append(f"{path}:{ln}: triple keys must be exactly {KEYS}")
                continue
            if t["subject_type"] not in TYPES or t["object_type"] not in TYPES:
                errors.append(f"{path}:{ln}: bad type in {t}")
            if t["relation"] not in RELATIONS:
                errors.append(f"{path}:{ln}: bad relation {t['relation']!r}")
            for k in ("subject", "object"):
                if not isinstance(t[k], str) or not t[k].strip():
                    errors.append(f"{path}:{ln}: empty {k}")
        rows.append((passage, ans["triples"]))
    return rows, errors


def stats(label, rows):
    nt = [len(t) for _, t in rows]
    nw = [len(p.split()) for p, _ in rows]
    empty = sum(1 for n in nt if n == 0)
    hist = {k: nt.count(k) for k in sorted(set(nt))}
    print(f"{label}: {len(rows)} examples | triples/example mean {statistics.mean(nt):.2f} "
          f"min {min(nt)} max {max(nt)} hist {hist} | empty {empty} ({100*empty/len(rows):.1f}%) | "
          f"passage words mean {statistics.mean(nw):.1f} min {min(nw)} max {max(nw)}")
    return nt


def main():
    errors = []
    check_data("TRAIN", TRAIN, errors)
    check_data("HELDOUT", HELDOUT, errors)
    all_passages = [p for p, _ in TRAIN + HELDOUT]
    norm = [" ".join(p.lower().split()) for p in all_passages]
    if len(set(norm)) != len(norm):
        dups = {p for p in norm if norm.count(p) > 1}
        errors.append(f"duplicate passages: {sorted(dups)[:3]}")
    if len(TRAIN) != 200 or len(HELDOUT) != 50:
        errors.append(f"counts: train {len(TRAIN)} heldout {len(HELDOUT)} (want 200/50)")

    out = {"train.jsonl": TRAIN, "heldout.jsonl": HELDOUT}
    for fname, data in out.items():
        with open(os.path.join(HERE, fname), "w", encoding="utf-8") as f:
            for passage, triples in data:
                f.write(json.dumps(build_example(passage, triples), ensure_ascii=False) + "\n")

    all_rows = []
    for fname, data in out.items():
        rows, errs = validate_file(os.path.join(HERE, fname), 200 if fname == "train.jsonl" else 50)
        errors += errs
        stats(fname, rows)
        all_rows += rows

    rel_counts, type_counts = {}, {}
    for _, ts in all_rows:
        for t in ts:
            rel_counts[t["relation"]] = rel_counts.get(t["relation"], 0) + 1
            for k in ("subject_type", "object_type"):
                type_counts[t[k]] = type_counts.get(t[k], 0) + 1
    print("relations:", dict(sorted(rel_counts.items(), key=lambda kv: -kv[1])))
    print("types:", dict(sorted(type_counts.items(), key=lambda kv: -kv[1])))
    unused = (RELATIONS - set(rel_counts)) | (TYPES - set(type_counts))
    if unused:
        print("WARNING unused labels:", sorted(unused))

    if errors:
        print(f"VALIDATION FAILED ({len(errors)} errors):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("VALIDATION OK")


if __name__ == "__main__":
    main()
