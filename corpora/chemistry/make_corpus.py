"""Build the chemistry expert corpus (train.jsonl, heldout.jsonl) and validate it.

Run: /work/main/.venv/bin/python make_corpus.py
Examples are held below as (user, assistant) tuples.
"""
import json
import os
import re
import statistics
import sys

DOMAIN = "chemistry"
HERE = os.path.dirname(os.path.abspath(__file__))

TRAIN = []
HELDOUT = []

# ---------------------------------------------------------------- train: bonding and structure
TRAIN += [
("What is a covalent bond?",
 "A covalent bond is a shared pair of electrons between two atoms, usually non-metals. Each nucleus is attracted to the shared electron density between them, which holds the atoms together. A single bond shares one pair (as in H–H), a double bond two pairs (O=O), and a triple bond three pairs (N≡N). More shared pairs generally mean a shorter and stronger bond."),
("Explain how an ionic bond forms, using sodium chloride as the example.",
 "Sodium has one outer electron and a low ionisation energy, while chlorine has a high electron affinity. Sodium transfers its electron to chlorine, giving Na+ and Cl− ions. The ionic bond is the electrostatic attraction between these oppositely charged ions. In solid NaCl each ion is surrounded by six of the opposite charge in a cubic lattice, so there are no discrete NaCl molecules, only a repeating array of ions."),
("Describe metallic bonding in simple terms.",
 "In a metal, atoms release some of their outer electrons into a shared 'sea' of delocalised electrons that moves through a lattice of positive metal ions. The bond is the attraction between the ions and this mobile electron cloud. Because the electrons are free to move, metals conduct electricity and heat well, and because the bonding is non-directional, layers of ions can slide, making metals malleable and ductile."),
("Why are ionic solids brittle while metals can be hammered into sheets?",
 "In an ionic crystal, ions alternate in charge. If a sharp blow shifts one layer by half an ion spacing, like charges line up next to each other, repel strongly, and the crystal cleaves. In a metal, the positive ions sit in a sea of delocalised electrons, so when layers slide the bonding simply re-forms around the new positions. Nothing forces like charges into contact, so the metal deforms instead of shattering."),
("What is a hydrogen bond, and what does a molecule need to form one?",
 "A hydrogen bond is a strong intermolecular attraction between a hydrogen atom bonded to a very electronegative atom (N, O or F) and a lone pair on another N, O or F atom. The polar bond leaves the hydrogen with a significant partial positive charge and a very small size, so it can approach the lone pair closely. Typical hydrogen bonds are roughly 5–30 kJ/mol, weaker than covalent bonds but stronger than most other intermolecular forces."),
("What are van der Waals forces?",
 "Van der Waals forces is a collective term for weak attractions between molecules that do not involve full ionic charges or covalent bonding. They include London dispersion forces (from temporary, induced dipoles present in all molecules), dipole–dipole attractions between permanent polar molecules, and dipole–induced dipole interactions. Some texts also include hydrogen bonding, but it is usually treated separately because it is stronger and more directional."),
("Why do London dispersion forces get stronger for bigger molecules?",
 "Dispersion forces arise when the electron cloud of a molecule momentarily becomes uneven, creating a temporary dipole that induces dipoles in neighbours. Larger molecules have more electrons, spread over a bigger volume and held less tightly, so their electron clouds are more polarisable. Long, straight molecules also have more surface contact with neighbours. Both effects increase the attraction, which is why boiling points rise from methane to butane to octane."),
("Compare the strengths of covalent bonds, hydrogen bonds and dispersion forces.",
 "Typical covalent bonds are strong, about 150–1000 kJ/mol; a C–C single bond is roughly 350 kJ/mol and an O–H bond about 460 kJ/mol. Hydrogen bonds are much weaker, around 5–30 kJ/mol each. Dispersion forces between small molecules are weaker still, often just a few kJ/mol, though they add up over large surfaces. This is why boiling water breaks hydrogen bonds between molecules but does not split H2O into hydrogen and oxygen."),
("What is a coordinate (dative) covalent bond? Give an example.",
 "A coordinate or dative bond is a covalent bond in which both shared electrons come from the same atom. A common example is the ammonium ion: ammonia uses its lone pair to bond to an H+ ion, forming NH4+. Once formed, the four N–H bonds are identical. Other examples include the hydronium ion H3O+ and the bonds between a metal ion and ligands such as water or ammonia in complex ions."),
("What is the difference between a sigma bond and a pi bond?",
 "A sigma (σ) bond forms by head-on overlap of orbitals along the line joining the two nuclei, so electron density lies on the bond axis. A pi (π) bond forms by sideways overlap of parallel p orbitals, putting electron density above and below the axis. Every single bond is a σ bond; a double bond is one σ plus one π, and a triple bond is one σ plus two π. Pi bonds prevent rotation about the bond."),
("Predict the shape and bond angle of methane, CH4.",
 "Carbon in methane has four bonding pairs and no lone pairs. By VSEPR theory, four electron domains arrange themselves as far apart as possible, giving a tetrahedral shape with H–C–H bond angles of about 109.5°. The carbon is described as sp3 hybridised. Because the four C–H bonds are identical and symmetrically arranged, their small bond dipoles cancel and methane is a non-polar molecule."),
("Why is the bond angle in water about 104.5° rather than 109.5°?",
 "Oxygen in water has four electron domains: two bonding pairs and two lone pairs, arranged roughly tetrahedrally. Lone pairs are held closer to the oxygen nucleus and occupy more space than bonding pairs, so they repel more strongly. Lone pair–lone pair repulsion squeezes the two O–H bonds together, reducing the angle from the ideal 109.5° to about 104.5°, and giving water its bent shape."),
("What shape is the ammonia molecule, and why is it not flat?",
 "Ammonia, NH3, has three N–H bonding pairs and one lone pair on nitrogen. The four electron domains point roughly towards the corners of a tetrahedron, but only three are atoms, so the molecular shape is trigonal pyramidal. The lone pair repels the bonds slightly more than they repel each other, giving H–N–H angles of about 107°. A flat shape would put the electron pairs closer together and is higher in energy."),
("Is carbon dioxide polar? Explain.",
 "Each C=O bond in carbon dioxide is polar because oxygen (electronegativity about 3.4) is more electronegative than carbon (about 2.6). However, CO2 is linear, with the two bonds pointing in exactly opposite directions at 180°. The two equal bond dipoles cancel, so the molecule has no overall dipole moment and is non-polar. This is why CO2 has only weak dispersion forces and is a gas at room temperature."),
("Explain why water is a polar molecule.",
 "The O–H bond is polar because oxygen (about 3.4 on the Pauling scale) is much more electronegative than hydrogen (about 2.2), so oxygen carries a partial negative charge and each hydrogen a partial positive charge. Water is bent, not linear, so the two bond dipoles do not cancel; they add to give a net dipole pointing from the hydrogens towards the oxygen. This polarity makes water an excellent solvent for ions and polar substances."),
("What does sp2 hybridisation mean? Give a molecule where it occurs.",
 "In sp2 hybridisation, one s orbital and two p orbitals on an atom mix to form three equivalent hybrid orbitals lying in a plane at 120° to one another. The remaining unhybridised p orbital sits perpendicular to that plane and can form a π bond. Each carbon in ethene, C2H4, is sp2 hybridised: three σ bonds in a trigonal planar arrangement, plus a π bond between the carbons."),
("Why does benzene not behave like a molecule with three ordinary double bonds?",
 "In benzene, C6H6, the six p orbitals on the ring carbons overlap all the way around, so the six π electrons are delocalised over the whole ring rather than fixed in three double bonds. All six C–C bonds are the same length, about 139 pm, between a typical single (154 pm) and double (134 pm) bond. This delocalisation gives extra stability, so benzene tends to undergo substitution reactions that preserve the ring rather than addition reactions."),
("What is resonance in chemistry? Use the carbonate ion as an example.",
 "Resonance describes molecules or ions whose real structure cannot be drawn with one Lewis structure. For carbonate, CO3^2−, you can draw three structures, each with one C=O double bond and two C–O single bonds, differing only in which oxygen has the double bond. The real ion is a blend: all three C–O bonds are identical in length and the negative charge is spread equally over the three oxygens. The ion does not flip between the forms."),
("Why is diamond so hard while graphite is soft and slippery?",
 "Both are pure carbon, but the bonding differs. In diamond, every carbon is sp3 bonded to four others in a rigid three-dimensional network of strong covalent bonds, so there is no easy plane to break. In graphite, each carbon bonds to three others in flat hexagonal sheets with delocalised electrons; the sheets are held together only by weak dispersion forces and can slide past each other. The delocalised electrons also let graphite conduct electricity, unlike diamond."),
("What is a giant covalent (network) structure? Give two examples.",
 "A giant covalent structure is a solid in which atoms are linked by covalent bonds in a continuous network, with no separate molecules. Melting requires breaking many strong covalent bonds, so these solids have very high melting points and are usually hard and insoluble. Examples are diamond (carbon) and silicon dioxide, as in quartz, where each silicon is bonded to four oxygens and each oxygen bridges two silicons."),
("What is bond enthalpy, and how does bond order affect it for carbon–carbon bonds?",
 "Bond enthalpy is the energy needed to break one mole of a given bond in the gas phase, usually quoted as an average over many compounds. For carbon–carbon bonds, more shared electron pairs give stronger, shorter bonds: C–C is about 350 kJ/mol, C=C about 610 kJ/mol and C≡C about 840 kJ/mol. Note the double bond is less than twice the single bond, because a π bond is weaker than a σ bond."),
("Why is the nitrogen molecule so unreactive?",
 "N2 contains a triple bond, one σ and two π bonds, with a bond enthalpy of about 945 kJ/mol, one of the strongest bonds known. Breaking it requires a large amount of energy, so reactions of N2 have high activation energies. The molecule is also non-polar and has no low-lying empty orbitals for easy attack. This is why nitrogen fixation needs harsh conditions in the Haber process or specialised enzymes (nitrogenase) in bacteria."),
("Explain the difference between intramolecular and intermolecular forces.",
 "Intramolecular forces act within a molecule or lattice: covalent bonds holding atoms together in a molecule, or ionic and metallic bonds in extended solids. Intermolecular forces act between separate molecules: dispersion forces, dipole–dipole attractions and hydrogen bonds. Intermolecular forces are much weaker, and they are what must be overcome when a molecular substance melts or boils. Boiling ethanol separates the molecules but leaves their C–C, C–O and O–H bonds intact."),
("What makes a covalent bond polar?",
 "A polar covalent bond is one where the shared electrons are pulled more towards one atom because it is more electronegative. That atom gains a partial negative charge (δ−) and the other a partial positive charge (δ+). The H–Cl bond is an example: chlorine is more electronegative, so the bond has a dipole pointing towards Cl. As a rough guide, an electronegativity difference of about 0.4 to 1.7 gives a polar covalent bond."),
("How can electronegativity differences predict bond type?",
 "Electronegativity difference gives a rough guide on a continuum. Identical or very similar atoms, such as H–H or C–H (difference about 0.35), form essentially non-polar covalent bonds. Moderate differences, such as O–H (about 1.2), give polar covalent bonds. Large differences, roughly above 1.7 to 2, as in NaCl (about 2.2), indicate mainly ionic bonding. These cut-offs are approximate; real bonds are a mix of ionic and covalent character."),
("Why does ice float on liquid water?",
 "In ice, each water molecule forms four hydrogen bonds in a fixed tetrahedral arrangement, creating an open hexagonal lattice with a lot of empty space. When ice melts, some hydrogen bonds break and molecules can pack more closely, so liquid water is denser. Ice has a density of about 0.92 g/cm3, compared with about 1.00 g/cm3 for liquid water near 4 °C. Being less dense, ice floats, which insulates lakes in winter."),
("Why does water have an unusually high boiling point for its size?",
 "A molecule as light as water (molar mass 18 g/mol) would be expected to be a gas at room temperature if only dispersion forces held it together; H2S, which is heavier, boils at about −60 °C. Water instead boils at 100 °C at 1 atm because each molecule can form up to four hydrogen bonds, using its two O–H hydrogens and two lone pairs on oxygen. Extra energy is needed to break this extensive hydrogen-bond network."),
("Compare the boiling points of ethanol and dimethyl ether, which have the same formula C2H6O.",
 "Ethanol, CH3CH2OH, boils at about 78 °C, while dimethyl ether, CH3OCH3, boils at about −24 °C. They are structural isomers with the same molar mass and similar dispersion forces. The difference is hydrogen bonding: ethanol has an O–H group, so its molecules hydrogen bond to each other. Dimethyl ether has no hydrogen on oxygen, so it has only weaker dipole–dipole and dispersion forces between molecules."),
("Why does HF boil at a much higher temperature than HCl?",
 "HF boils at about 20 °C, while HCl boils at about −85 °C, even though HCl is heavier and has stronger dispersion forces. Fluorine is the most electronegative element and very small, so the H–F bond is highly polar and HF molecules form strong hydrogen bonds with each other, producing zig-zag chains. Chlorine is larger and less electronegative, so HCl shows only dipole–dipole and dispersion attractions, which are much weaker."),
("Why do branched alkanes have lower boiling points than straight-chain isomers?",
 "Isomers such as pentane and 2,2-dimethylpropane have the same formula, C5H12, and the same number of electrons. Straight chains can lie alongside each other with large contact areas, maximising dispersion forces. Branched molecules are more compact and nearly spherical, so they touch neighbours over a smaller surface. Weaker intermolecular attraction means less energy is needed to separate them: pentane boils at about 36 °C, 2,2-dimethylpropane at about 10 °C."),
("Do ionic compounds conduct electricity? Explain when and why.",
 "Solid ionic compounds do not conduct, because although they contain charged ions, the ions are locked in fixed lattice positions and cannot move. When melted or dissolved in water, the ions become free to move, and their movement carries charge, so the liquid or solution conducts. Conduction in this case involves ions migrating to electrodes, often with chemical changes there (electrolysis), unlike metals, where electrons carry the current."),
("Why does magnesium oxide have a much higher melting point than sodium chloride?",
 "Both are ionic lattices with the same rock-salt arrangement, but MgO contains Mg2+ and O2− ions while NaCl has Na+ and Cl−. Doubling both charges roughly quadruples the electrostatic attraction, and Mg2+ and O2− are also smaller, so the ions sit closer together. The lattice is therefore much stronger. MgO melts at about 2800 °C compared with 801 °C for NaCl, which is why MgO is used as a refractory material."),
("What is lattice energy?",
 "Lattice energy measures the strength of an ionic solid. It is defined as the energy change when one mole of the solid forms from its gaseous ions (or, in some texts, the energy needed to separate it into gaseous ions). For sodium chloride the magnitude is about 787 kJ/mol. Lattice energy becomes larger in magnitude when ions carry higher charges and when they are smaller, because the attraction between them is stronger at shorter distances."),
("Why do metals conduct heat and electricity well?",
 "Metals contain delocalised electrons that are not tied to any one atom. When a voltage is applied, these electrons drift through the lattice and carry an electric current. The same mobile electrons transfer kinetic energy quickly from hot regions to cold ones, supplementing heat conduction by lattice vibrations. Copper and silver are among the best conductors. Conductivity falls as temperature rises because vibrating ions scatter the moving electrons more."),
("Why is the melting point of magnesium higher than that of sodium?",
 "Sodium contributes one electron per atom to the delocalised electron sea and forms Na+ ions; magnesium contributes two and forms Mg2+ ions, which are also smaller. Magnesium therefore has a higher charge density and more delocalised electrons, giving stronger metallic bonding. More energy is needed to disrupt the lattice, so magnesium melts at about 650 °C, compared with about 98 °C for sodium."),
("What is an alloy, and why is an alloy often harder than the pure metal?",
 "An alloy is a mixture of a metal with one or more other elements, such as steel (iron with carbon) or brass (copper and zinc). In a pure metal, identical atoms form regular layers that slide easily. Atoms of a different size in an alloy distort the lattice and act as obstacles, making it harder for layers to slip. The alloy is therefore usually harder and stronger, though often less ductile, than the pure metal."),
("What is a dipole moment?",
 "A dipole moment measures how separated the positive and negative charge centres are in a molecule. It is the product of charge and separation, and is usually given in debye (D). It depends on both bond polarity and molecular shape: polar bonds arranged symmetrically, as in CO2 or CCl4, cancel out and give zero. Water has a dipole moment of about 1.85 D, while hydrogen chloride's is about 1.1 D."),
("Is carbon tetrachloride polar or non-polar?",
 "Carbon tetrachloride, CCl4, is non-polar overall even though each C–Cl bond is polar, with chlorine more electronegative than carbon. The molecule is tetrahedral with four identical C–Cl bonds, so the four bond dipoles point symmetrically outward and cancel exactly. By contrast, chloromethane, CH3Cl, has the same tetrahedral geometry but is polar, because the bonds are no longer identical and their dipoles do not cancel."),
("Predict the shape of boron trifluoride, BF3.",
 "Boron has three valence electrons and forms three B–F bonds, with no lone pair on boron. Three electron domains arrange themselves as far apart as possible in a plane, so BF3 is trigonal planar with F–B–F angles of 120°. The B–F bonds are very polar, but the symmetric arrangement makes the molecule non-polar. Boron has only six electrons around it, so BF3 acts as a Lewis acid, accepting a lone pair from molecules such as ammonia."),
("How many sigma and pi bonds are in ethyne, C2H2?",
 "Ethyne, HC≡CH, has two C–H single bonds and one carbon–carbon triple bond. Each single bond is one σ bond, and the triple bond consists of one σ bond and two π bonds. That gives three σ bonds and two π bonds in total. Each carbon is sp hybridised, so the molecule is linear, with H–C–C angles of 180°."),
("Why is there no free rotation around a C=C double bond?",
 "A C=C double bond contains a σ bond plus a π bond formed from sideways overlap of parallel p orbitals on the two carbons. Rotating one carbon relative to the other would twist those p orbitals out of alignment and break the π bond, which costs a lot of energy (roughly 250 kJ/mol). At normal temperatures the molecule cannot supply this, so groups are locked in place, which is why cis and trans isomers of alkenes exist as distinct compounds."),
("What are cis–trans isomers? Use but-2-ene as an example.",
 "Cis–trans (geometric) isomers have the same atoms connected in the same order but differ in the spatial arrangement around a bond that cannot rotate, typically a C=C bond. In but-2-ene, CH3CH=CHCH3, the two methyl groups can be on the same side of the double bond (cis-but-2-ene) or opposite sides (trans-but-2-ene). They are distinct compounds with slightly different properties; the cis isomer boils at about 4 °C, the trans at about 1 °C."),
("What is a chiral molecule?",
 "A chiral molecule is one that cannot be superimposed on its mirror image, like a left and right hand. The most common cause is a carbon atom bonded to four different groups, called a stereocentre. The two mirror-image forms are enantiomers: they have identical physical properties such as boiling point, but rotate plane-polarised light in opposite directions and can interact differently with other chiral molecules, such as enzymes and receptors."),
("Explain why the bond in H2 forms at all if both atoms are identical.",
 "When two hydrogen atoms approach, their 1s orbitals overlap and the two electrons can occupy a shared bonding orbital concentrated between the nuclei. Each electron is then attracted to both protons, lowering the energy compared with separate atoms. At very short distances, proton–proton repulsion dominates, so there is an optimum separation, about 74 pm, where energy is lowest. The H–H bond energy is about 436 kJ/mol, and it is non-polar because the atoms are identical."),
("What is the octet rule, and name a molecule that breaks it.",
 "The octet rule says main-group atoms tend to bond so that they have eight electrons in their valence shell, like a noble gas. It works well for carbon, nitrogen, oxygen and fluorine. Exceptions include boron trifluoride, where boron has only six electrons, and sulfur hexafluoride, SF6, where sulfur is surrounded by six bonding pairs. Molecules with an odd number of electrons, such as nitrogen monoxide, NO, also cannot satisfy the octet rule for every atom."),
("How does hydrogen bonding hold the two strands of DNA together?",
 "The two strands of DNA are held together by hydrogen bonds between complementary bases on opposite strands. Adenine pairs with thymine using two hydrogen bonds, and guanine pairs with cytosine using three, involving N–H groups and lone pairs on nitrogen and oxygen atoms. Each hydrogen bond is weak, but thousands together stabilise the double helix, while still allowing the strands to separate for replication. Stacking interactions between the flat bases also contribute significantly."),
("What is the hydrophobic effect?",
 "The hydrophobic effect is the tendency of non-polar molecules or groups to cluster together in water. It is not mainly a strong attraction between the non-polar groups; rather, water molecules next to a non-polar surface cannot form their usual hydrogen bonds freely and become more ordered. Grouping non-polar parts together reduces this ordered surface and increases the entropy of the water. It drives oil–water separation, membrane formation and protein folding."),
("Why does iodine exist as a solid at room temperature while chlorine is a gas?",
 "Both are non-polar diatomic molecules, Cl2 and I2, held together in the bulk only by London dispersion forces. Iodine atoms are much larger, with many more electrons (53 versus 17), so the I2 electron cloud is far more polarisable. This produces much stronger dispersion forces between I2 molecules. As a result, chlorine boils at about −34 °C, while iodine is a solid that melts at about 114 °C."),
("Explain why some molecules with polar bonds are still non-polar overall, and give a rule for predicting it.",
 "A molecule's polarity depends on the vector sum of its bond dipoles. If identical polar bonds are arranged symmetrically around the central atom with no lone pairs, such as linear CO2, trigonal planar BF3 or tetrahedral CH4 and CCl4, the dipoles cancel. A useful rule: if the central atom has lone pairs, or if the surrounding atoms are not all the same, the molecule is usually polar. Water, ammonia and CH2Cl2 are examples."),
("What makes a solvent 'polar protic' versus 'polar aprotic'?",
 "A polar protic solvent has hydrogen atoms bonded to O or N, so it can donate hydrogen bonds; examples are water, methanol and ethanol. A polar aprotic solvent is polar but has no O–H or N–H bond, so it cannot donate hydrogen bonds, although it may accept them; examples are acetone, dimethyl sulfoxide (DMSO) and acetonitrile. The distinction matters because protic solvents strongly solvate anions, which can reduce their reactivity as nucleophiles."),
]

# ---------------------------------------------------------------- train: reactions
TRAIN += [
("What is the difference between the Arrhenius and Brønsted–Lowry definitions of acids?",
 "In the Arrhenius definition, an acid produces H+ ions (really H3O+) in water and a base produces OH− ions. The Brønsted–Lowry definition is broader: an acid is a proton (H+) donor and a base is a proton acceptor, and it does not require water. Ammonia is a Brønsted–Lowry base because it accepts a proton to form NH4+, even though it contains no hydroxide ion. Every Brønsted acid has a conjugate base, and vice versa."),
("Write the balanced equation for the neutralisation of hydrochloric acid with sodium hydroxide.",
 "HCl(aq) + NaOH(aq) → NaCl(aq) + H2O(l). The acid and base react in a 1:1 mole ratio to give a salt, sodium chloride, and water. Since strong acids and bases are fully ionised, the net ionic equation is simply H+(aq) + OH−(aq) → H2O(l), with Na+ and Cl− as spectator ions. The reaction is exothermic, releasing about 57 kJ per mole of water formed for strong acid–strong base neutralisation."),
("Balance the reaction between sulfuric acid and sodium hydroxide.",
 "H2SO4 + 2NaOH → Na2SO4 + 2H2O. Sulfuric acid is diprotic, meaning each molecule can donate two protons, so it needs two hydroxide ions for complete neutralisation. Check the atoms: 2 Na, 1 S, 6 O and 4 H on each side. If only one mole of NaOH is added per mole of acid, the product is instead the acid salt sodium hydrogen sulfate, NaHSO4, plus one water."),
("What is a conjugate acid–base pair? Give an example.",
 "A conjugate acid–base pair consists of two species that differ by exactly one proton. When an acid donates H+, what remains is its conjugate base; when a base accepts H+, it becomes its conjugate acid. In CH3COOH + H2O ⇌ CH3COO− + H3O+, acetic acid and acetate form one pair, and water and hydronium form the other. The stronger an acid, the weaker its conjugate base."),
("What is the difference between a strong acid and a concentrated acid?",
 "Strength and concentration describe different things. A strong acid, such as HCl, HNO3 or H2SO4 (first proton), ionises essentially completely in water. A weak acid, such as acetic acid, ionises only partly; in 0.1 mol/L acetic acid only about 1% of molecules are ionised. Concentration is simply how much acid is dissolved per litre. So you can have a dilute solution of a strong acid or a concentrated solution of a weak acid."),
("What does pH measure, and what is the pH of 0.01 mol/L HCl?",
 "pH is defined as −log10[H+], where [H+] is the hydrogen ion (hydronium) concentration in mol/L. Each pH unit is a tenfold change in [H+]. HCl is a strong acid and ionises completely, so 0.01 mol/L HCl gives [H+] = 0.01 = 10^−2 mol/L. The pH is therefore 2. Diluting it tenfold would raise the pH to 3."),
("Why is pure water neutral at pH 7, and does that hold at all temperatures?",
 "Water self-ionises slightly: H2O ⇌ H+ + OH−, with Kw = [H+][OH−] = 1.0 × 10^−14 at 25 °C. In pure water [H+] = [OH−] = 10^−7 mol/L, so pH = 7. Neutral means [H+] equals [OH−], not pH 7 specifically. Self-ionisation is endothermic, so Kw increases with temperature; at higher temperatures neutral pure water has a pH below 7 but is still neutral."),
("Calculate the pH of a 0.001 mol/L NaOH solution at 25 °C.",
 "NaOH is a strong base that dissociates completely, so [OH−] = 0.001 = 10^−3 mol/L. The pOH is −log(10^−3) = 3. At 25 °C, pH + pOH = 14, so pH = 14 − 3 = 11. Alternatively, [H+] = Kw/[OH−] = 10^−14 / 10^−3 = 10^−11 mol/L, giving pH 11 directly."),
("What is a buffer solution, and how does it resist pH change?",
 "A buffer is a solution of a weak acid and its conjugate base (or a weak base and its conjugate acid) in similar amounts, such as acetic acid with sodium acetate. Added H+ is taken up by the conjugate base (CH3COO− + H+ → CH3COOH), and added OH− is neutralised by the weak acid (CH3COOH + OH− → CH3COO− + H2O). Because the added ions are consumed, the ratio of acid to base changes only slightly, so the pH changes little."),
("Use the Henderson–Hasselbalch equation to find the pH of a buffer of equal amounts of acetic acid and sodium acetate.",
 "The Henderson–Hasselbalch equation is pH = pKa + log([A−]/[HA]). Acetic acid has a pKa of about 4.76. With equal concentrations of acetate (A−) and acetic acid (HA), the ratio is 1 and log(1) = 0, so pH = pKa ≈ 4.76. A buffer has its maximum capacity at this point, and is generally effective within about one pH unit either side of the pKa."),
("Why is a solution of sodium acetate basic?",
 "Sodium acetate dissolves to give Na+ and CH3COO− ions. Na+ does not react significantly with water, but acetate is the conjugate base of a weak acid, so it partly accepts protons from water: CH3COO− + H2O ⇌ CH3COOH + OH−. This produces hydroxide ions, making the solution slightly basic, typically pH around 8 to 9 for a 0.1 mol/L solution. This reaction is often called salt hydrolysis."),
("Why is an ammonium chloride solution slightly acidic?",
 "Ammonium chloride dissolves into NH4+ and Cl− ions. Chloride is the conjugate base of a strong acid, HCl, so it is too weak a base to react with water. The ammonium ion, however, is the conjugate acid of the weak base ammonia and donates a proton to water: NH4+ + H2O ⇌ NH3 + H3O+. The extra hydronium ions make the solution slightly acidic, around pH 5 for a 0.1 mol/L solution."),
("What is a Lewis acid? Give an example that is not a Brønsted acid.",
 "A Lewis acid is an electron-pair acceptor, and a Lewis base is an electron-pair donor. The definition covers reactions with no proton transfer at all. Boron trifluoride, BF3, is a classic Lewis acid: boron has an incomplete octet and accepts the lone pair from ammonia, forming F3B–NH3. Metal ions such as Al3+ or Fe3+ are also Lewis acids, accepting lone pairs from water or other ligands."),
("Explain what happens when baking soda is added to vinegar.",
 "Vinegar contains acetic acid, and baking soda is sodium hydrogen carbonate. They react in an acid–base reaction: NaHCO3 + CH3COOH → CH3COONa + H2O + CO2. The carbonic acid formed initially is unstable and breaks down into water and carbon dioxide, which appears as fizzing. The remaining solution contains sodium acetate. The reaction is slightly endothermic, so the mixture feels a little cooler."),
("What is a redox reaction?",
 "A redox reaction is one in which electrons are transferred, so oxidation and reduction happen together. Oxidation is loss of electrons (an increase in oxidation state) and reduction is gain of electrons (a decrease). The mnemonic OIL RIG helps: Oxidation Is Loss, Reduction Is Gain. The species that is reduced is the oxidising agent, and the species that is oxidised is the reducing agent. Combustion, corrosion and respiration are all redox processes."),
("Identify what is oxidised and reduced when zinc is placed in copper(II) sulfate solution.",
 "The reaction is Zn(s) + CuSO4(aq) → ZnSO4(aq) + Cu(s), or in ionic form Zn + Cu2+ → Zn2+ + Cu. Zinc loses two electrons and goes from oxidation state 0 to +2, so zinc is oxidised and acts as the reducing agent. Copper(II) ions gain two electrons and go from +2 to 0, so they are reduced and act as the oxidising agent. Sulfate is a spectator ion. Zinc is more reactive than copper, so the reaction proceeds."),
("What is the oxidation state of manganese in potassium permanganate, KMnO4?",
 "Assign the known oxidation states: potassium is +1 and each oxygen is −2. The compound is neutral, so the sum must be zero: (+1) + Mn + 4(−2) = 0. This gives Mn − 7 = 0, so manganese is +7. That is its highest common oxidation state, which is why permanganate is a strong oxidising agent; in acid it is usually reduced to Mn2+, turning from purple to nearly colourless."),
("Find the oxidation state of nitrogen in NH3, N2 and HNO3.",
 "In NH3, hydrogen is +1, so nitrogen must be −3 for the molecule to be neutral. In N2, an element, nitrogen's oxidation state is 0. In HNO3, hydrogen is +1 and each oxygen is −2, so +1 + N + 3(−2) = 0, giving N = +5. Nitrogen therefore spans a wide range, from −3 to +5, which is why nitrogen chemistry includes both strong reducing and strong oxidising agents."),
("Write the half-equations for the reaction between magnesium and hydrochloric acid.",
 "The overall equation is Mg(s) + 2HCl(aq) → MgCl2(aq) + H2(g). The oxidation half-equation is Mg → Mg2+ + 2e−, as magnesium loses two electrons. The reduction half-equation is 2H+ + 2e− → H2, as hydrogen ions gain electrons to form hydrogen gas. Chloride ions are spectators. Adding the half-equations, the electrons cancel to give Mg + 2H+ → Mg2+ + H2."),
("What happens chemically when iron rusts?",
 "Rusting is a redox process that needs both oxygen and water. Iron is oxidised, Fe → Fe2+ + 2e−, while oxygen dissolved in water is reduced, O2 + 2H2O + 4e− → 4OH−. Fe2+ and OH− form iron(II) hydroxide, which is further oxidised to hydrated iron(III) oxide, Fe2O3·xH2O, the flaky rust. Salt speeds rusting by making the water a better electrolyte. A simplified overall equation is 4Fe + 3O2 + 2xH2O → 2Fe2O3·xH2O."),
("How does galvanising protect steel from rusting?",
 "Galvanising coats steel with a layer of zinc. The zinc first acts as a physical barrier, keeping out water and oxygen. More importantly, zinc is more reactive than iron, so if the coating is scratched, zinc is oxidised preferentially (Zn → Zn2+ + 2e−) and supplies electrons to the iron, preventing its oxidation. This is called sacrificial protection. The same idea uses magnesium blocks on ship hulls and buried pipelines."),
("Explain how a Daniell cell produces electricity.",
 "A Daniell cell has a zinc electrode in zinc sulfate solution and a copper electrode in copper(II) sulfate solution, joined by a salt bridge and an external wire. Zinc is oxidised at the anode (Zn → Zn2+ + 2e−), and electrons flow through the wire to the copper cathode, where Cu2+ + 2e− → Cu. The salt bridge lets ions move to keep the solutions neutral. Under standard conditions the cell produces about 1.10 V."),
("What does a standard electrode potential tell you?",
 "A standard electrode potential, E°, measures the tendency of a half-cell to be reduced, compared with the standard hydrogen electrode, which is set at 0 V, under standard conditions (1 mol/L, 1 bar, usually 25 °C). A more positive E° means a stronger oxidising agent; for example F2/F− is about +2.87 V. A more negative E° means the reduced form is a stronger reducing agent; Li+/Li is about −3.04 V. Cell voltage is E°cathode − E°anode."),
("What happens at each electrode during electrolysis of molten sodium chloride?",
 "In molten NaCl the Na+ and Cl− ions are free to move. At the negative electrode (cathode), sodium ions gain electrons and are reduced: Na+ + e− → Na, producing liquid sodium metal. At the positive electrode (anode), chloride ions lose electrons and are oxidised: 2Cl− → Cl2 + 2e−, producing chlorine gas. The overall reaction is 2NaCl → 2Na + Cl2. This is the basis of the industrial Downs process."),
("Write and balance the equation for the complete combustion of methane.",
 "CH4 + 2O2 → CO2 + 2H2O. Methane reacts with oxygen to give carbon dioxide and water. Check the atoms: one carbon on each side, four hydrogens on each side (in two H2O), and four oxygens on each side (two in CO2, two in the water). The reaction is strongly exothermic, releasing about 890 kJ per mole of methane when the water is formed as liquid."),
("Balance the combustion of propane.",
 "C3H8 + 5O2 → 3CO2 + 4H2O. Start with carbon: three carbons give 3CO2. Next, hydrogen: eight hydrogens give 4H2O. Then count oxygen on the right: 3 × 2 + 4 × 1 = 10 oxygen atoms, so 5O2 is needed. Propane is widely used as bottled fuel gas and, like other hydrocarbons, releases a large amount of heat when burned completely."),
("Balance the combustion of octane, C8H18.",
 "2C8H18 + 25O2 → 16CO2 + 18H2O. For one octane molecule, eight carbons give 8CO2 and eighteen hydrogens give 9H2O. Oxygen on the right is then 16 + 9 = 25 atoms, which would need 12.5 O2. To avoid a half-coefficient, double everything, giving 2C8H18 + 25O2 → 16CO2 + 18H2O. Check: 16 C, 36 H and 50 O on each side."),
("What is the difference between complete and incomplete combustion?",
 "In complete combustion, a hydrocarbon burns in plenty of oxygen to form only carbon dioxide and water, releasing the maximum energy, usually with a clean blue flame. In incomplete combustion, oxygen is limited, so some carbon ends up as carbon monoxide or soot (carbon particles), and less energy is released. For methane, for example, 2CH4 + 3O2 → 2CO + 4H2O. Carbon monoxide is toxic because it binds strongly to haemoglobin."),
("Write the combustion equation for ethanol.",
 "C2H5OH + 3O2 → 2CO2 + 3H2O. Ethanol contains two carbons, giving 2CO2, and six hydrogens, giving 3H2O. On the right there are 4 + 3 = 7 oxygen atoms. Ethanol already contains one oxygen, so 6 more are needed, which is 3O2. Ethanol releases less energy per gram than petrol because it is already partly oxidised, containing an O–H group."),
("Why is cellular respiration described as a slow combustion?",
 "Aerobic respiration has the same overall equation as burning glucose: C6H12O6 + 6O2 → 6CO2 + 6H2O, with about 2800 kJ released per mole of glucose. Instead of releasing it as heat and light in one step, cells oxidise glucose through many enzyme-controlled steps, passing electrons via carriers such as NAD+ to oxygen. Much of the energy is captured as ATP rather than wasted as heat. Both are redox processes, with carbon oxidised and oxygen reduced."),
("What is addition polymerisation? Use ethene as an example.",
 "Addition polymerisation joins many small unsaturated monomers into a long chain without losing any atoms. For ethene, CH2=CH2, the π bond of each monomer opens and the carbons link to neighbouring monomers, forming poly(ethene): n CH2=CH2 → –[CH2–CH2]n–. The polymer has the same empirical formula as the monomer. The reaction is often started by a radical initiator or by Ziegler–Natta catalysts, which give more linear, denser polyethylene."),
("How does condensation polymerisation differ from addition polymerisation?",
 "In addition polymerisation, monomers with C=C bonds join with no by-product, so the polymer contains all the atoms of the monomers. In condensation polymerisation, monomers with two reactive functional groups, such as a diol and a dicarboxylic acid, link by forming bonds like esters or amides, releasing a small molecule such as water or HCl at each link. Polyesters such as PET, polyamides such as nylon, and natural proteins are condensation polymers."),
("How is nylon-6,6 made?",
 "Nylon-6,6 is a polyamide made by condensation polymerisation of hexane-1,6-diamine, H2N(CH2)6NH2, with hexanedioic (adipic) acid, HOOC(CH2)4COOH. An amine group on one monomer reacts with a carboxylic acid group on the other to form an amide link, –CONH–, releasing water. Repeating this gives long chains. The name 6,6 reflects six carbons in each monomer. Using hexanedioyl dichloride instead of the acid releases HCl and works at room temperature."),
("What monomers are used to make PET, and what type of polymer is it?",
 "PET, poly(ethylene terephthalate), is a polyester made from ethane-1,2-diol (ethylene glycol) and benzene-1,4-dicarboxylic acid (terephthalic acid). Each hydroxyl group reacts with a carboxylic acid group to form an ester link, releasing water, so it is a condensation polymer. PET is used for drinks bottles and polyester fibres. Because its chains contain ester bonds, it can in principle be broken down by hydrolysis, unlike poly(ethene)."),
("Draw the repeat unit of poly(chloroethene), PVC, in words.",
 "The monomer is chloroethene (vinyl chloride), CH2=CHCl. In addition polymerisation the C=C opens and the monomers link head-to-tail. The repeat unit is two carbons joined by a single bond: one carbon carries two hydrogens, the other carries one hydrogen and one chlorine, written –[CH2–CHCl]–, with bonds extending from each end to neighbouring units. The polar C–Cl bonds make PVC more rigid than poly(ethene); plasticisers are added to make flexible PVC."),
("What is hydrolysis?",
 "Hydrolysis is a reaction in which water breaks a chemical bond, with the fragments taking up H and OH from the water. Examples include the hydrolysis of esters into carboxylic acids and alcohols, of amides and peptide bonds into acids and amines, of starch into glucose, and of ATP into ADP and phosphate. Many hydrolyses are slow on their own and need an acid, base or enzyme catalyst. Hydrolysis is the reverse of condensation."),
("What is saponification?",
 "Saponification is the base-promoted hydrolysis of an ester, especially of fats and oils. A triglyceride heated with sodium hydroxide breaks into glycerol (propane-1,2,3-triol) and three sodium carboxylate salts of fatty acids, which are soaps. The reaction is effectively irreversible because the carboxylic acid formed is deprotonated to a carboxylate ion, which does not react back with the alcohol. This is how soap has been made for centuries."),
("Write the acid-catalysed hydrolysis of ethyl ethanoate.",
 "CH3COOCH2CH3 + H2O ⇌ CH3COOH + CH3CH2OH. Heating ethyl ethanoate with water and dilute acid gives ethanoic acid and ethanol. The acid catalyst protonates the carbonyl oxygen, making the carbonyl carbon easier for water to attack. The reaction is reversible, being the reverse of esterification, so an equilibrium mixture forms. Using excess water pushes it towards hydrolysis, while alkaline hydrolysis goes to completion."),
("Why is ATP hydrolysis described as releasing energy?",
 "ATP + H2O → ADP + Pi has a standard free energy change of about −30.5 kJ/mol under biochemical standard conditions, and it is more negative in cells. The energy is not stored in a single 'high-energy bond'; breaking any bond costs energy. Rather, the products are more stable than the reactants: they experience less repulsion between negative charges, the phosphate is resonance-stabilised, and the products are better solvated. Cells couple this favourable reaction to unfavourable ones."),
("How does starch get broken down into glucose?",
 "Starch is a polymer of glucose units joined by α-glycosidic bonds. During digestion, enzymes such as amylase in saliva and the pancreas catalyse hydrolysis of these bonds, adding water across each link to give maltose and other short sugars. Maltase then hydrolyses maltose into two glucose molecules. In the lab the same hydrolysis can be achieved by boiling starch with dilute acid, although it is much slower than the enzyme-catalysed route."),
("Classify this reaction: CaCO3 → CaO + CO2.",
 "This is a thermal decomposition reaction: heating calcium carbonate (limestone) breaks it into calcium oxide (quicklime) and carbon dioxide. It is not a redox reaction, because no oxidation states change: calcium stays +2, carbon +4 and oxygen −2. It is endothermic, needing temperatures around 800–900 °C in a lime kiln. The equation is already balanced, with one Ca, one C and three O on each side."),
("What type of reaction is 2Na + 2H2O → 2NaOH + H2?",
 "This is a redox reaction, and also a single displacement of hydrogen from water. Sodium goes from oxidation state 0 to +1, so it is oxidised, while some hydrogen goes from +1 in water to 0 in H2 gas, so it is reduced. The reaction is vigorous and exothermic: sodium fizzes, melts into a ball and moves across the water surface. The product sodium hydroxide makes the solution strongly alkaline."),
("What is a precipitation reaction? Give an example.",
 "A precipitation reaction occurs when two solutions of soluble ionic compounds are mixed and two of the ions combine to form an insoluble solid. For example, adding silver nitrate to sodium chloride solution gives a white precipitate of silver chloride: AgNO3(aq) + NaCl(aq) → AgCl(s) + NaNO3(aq). The net ionic equation is Ag+(aq) + Cl−(aq) → AgCl(s); Na+ and NO3− are spectator ions. Such reactions are used to test for halide ions."),
("What is a disproportionation reaction?",
 "Disproportionation is a redox reaction in which the same element in one species is both oxidised and reduced. A common example is the decomposition of hydrogen peroxide: 2H2O2 → 2H2O + O2. Oxygen starts at −1 in H2O2; some ends at −2 in water (reduced) and some at 0 in O2 (oxidised). Chlorine reacting with cold sodium hydroxide is another example, giving chloride (−1) and hypochlorite (+1) from chlorine at 0."),
("Why does an alkene decolourise bromine water, but an alkane does not?",
 "Alkenes have an electron-rich C=C double bond. Bromine is attacked by the π electrons in an electrophilic addition reaction, and bromine atoms add across the double bond, for example CH2=CH2 + Br2 → CH2BrCH2Br. The orange-brown bromine is used up, so the solution goes colourless. Alkanes have only strong, non-polar C–C and C–H single bonds and no π electrons, so they do not react with bromine water under normal conditions."),
("What is esterification? Give an example equation.",
 "Esterification is the condensation reaction between a carboxylic acid and an alcohol to form an ester and water, usually with concentrated sulfuric acid as catalyst and heating. For example, ethanoic acid and ethanol give ethyl ethanoate: CH3COOH + CH3CH2OH ⇌ CH3COOCH2CH3 + H2O. The reaction is reversible and reaches equilibrium; removing water or using excess of one reactant increases the yield. Many esters have fruity smells and are used in flavourings."),
("How does a substitution reaction differ from an addition reaction in organic chemistry?",
 "In a substitution reaction, one atom or group in a molecule is replaced by another, so two reactants give two products. For example, chloromethane and hydroxide give methanol and chloride: CH3Cl + OH− → CH3OH + Cl−. In an addition reaction, two molecules combine into one product, typically across a double bond, such as ethene plus hydrogen giving ethane. Saturated compounds tend to undergo substitution, and unsaturated ones addition."),
("A student says combustion is always a reaction with oxygen gas. Is that correct?",
 "In everyday use combustion means burning in oxygen, and most fuels burn that way. Chemically, combustion is a fast, exothermic redox reaction between a fuel and an oxidant that produces heat and usually a flame, and the oxidant need not be O2. Hydrogen burns in chlorine to give hydrogen chloride, magnesium can burn in carbon dioxide, and rocket propellants can use oxidants such as dinitrogen tetroxide. So the statement is a common simplification."),
]

# ---------------------------------------------------------------- train: stoichiometry, properties, functional groups, polymers
TRAIN += [
("What is a mole in chemistry?",
 "A mole is the chemist's counting unit. One mole contains exactly 6.02214076 × 10^23 specified particles (atoms, molecules, ions or electrons), a number called the Avogadro constant. The mass of one mole of a substance in grams is numerically equal to its relative formula mass, so one mole of carbon-12 atoms has a mass of 12 g and one mole of water about 18 g. Moles let us relate masses to numbers of particles in reactions."),
("How many moles are in 36 g of water?",
 "Water, H2O, has a molar mass of about 2(1.008) + 16.00 = 18.02 g/mol, usually rounded to 18 g/mol. Number of moles = mass / molar mass = 36 g / 18 g/mol = 2.0 mol. That corresponds to about 2 × 6.02 × 10^23 = 1.2 × 10^24 water molecules. It also contains 4 mol of hydrogen atoms and 2 mol of oxygen atoms."),
("Calculate the molar mass of glucose, C6H12O6.",
 "Using approximate atomic masses C = 12.01, H = 1.008 and O = 16.00: carbon contributes 6 × 12.01 = 72.06, hydrogen 12 × 1.008 = 12.10, and oxygen 6 × 16.00 = 96.00. Adding these gives about 180.2 g/mol, often quoted as 180 g/mol. So 90 g of glucose is about 0.5 mol, and a 1 mol/L glucose solution contains about 180 g per litre."),
("What mass of carbon dioxide forms when 16 g of methane burns completely?",
 "The balanced equation is CH4 + 2O2 → CO2 + 2H2O, so one mole of methane gives one mole of CO2. Methane's molar mass is about 16 g/mol, so 16 g is 1.0 mol. This produces 1.0 mol of CO2, and CO2 has a molar mass of about 44 g/mol, so about 44 g of carbon dioxide forms. It also produces 2 mol, or about 36 g, of water."),
("What is a limiting reactant?",
 "The limiting reactant is the one that is used up first in a reaction, so it determines the maximum amount of product. The other reactants are in excess and some remains afterwards. To find it, convert the amounts to moles and compare with the ratio in the balanced equation. For 2H2 + O2 → 2H2O, if you have 3 mol H2 and 2 mol O2, hydrogen needs only 1.5 mol O2, so hydrogen is limiting and 0.5 mol O2 is left over."),
("If 4 g of hydrogen reacts with 32 g of oxygen, which is limiting and how much water forms?",
 "The equation is 2H2 + O2 → 2H2O. Hydrogen, H2, has molar mass 2 g/mol, so 4 g is 2 mol; oxygen, O2, is 32 g/mol, so 32 g is 1 mol. The equation needs exactly 2 mol H2 per 1 mol O2, so the reactants are in the exact ratio and neither is in excess. 2 mol of water form, with a mass of 2 × 18 = 36 g, consistent with conservation of mass (4 + 32 = 36 g)."),
("What is percentage yield, and why is it usually below 100%?",
 "Percentage yield = (actual mass of product obtained / theoretical maximum mass) × 100. The theoretical yield is calculated from the limiting reactant using the balanced equation. Real yields are lower because reactions may be reversible and reach equilibrium, side reactions form unwanted products, some product is lost during filtering, transfer or purification, and reactants may be impure. A yield above 100% usually means the product is still wet or impure."),
("How do you find the concentration of a solution in mol/L?",
 "Concentration in mol/L (molarity) equals the number of moles of solute divided by the volume of solution in litres: c = n / V. For example, dissolving 5.85 g of sodium chloride (molar mass 58.44 g/mol, so 0.100 mol) in water and making the solution up to 0.500 L gives 0.100 / 0.500 = 0.200 mol/L. Remember to convert cm3 or mL to litres by dividing by 1000."),
("In a titration, 25.0 mL of NaOH is neutralised by 20.0 mL of 0.100 mol/L HCl. What is the NaOH concentration?",
 "The equation is HCl + NaOH → NaCl + H2O, a 1:1 ratio. Moles of HCl = 0.100 mol/L × 0.0200 L = 0.00200 mol. So the NaOH sample also contains 0.00200 mol. Its concentration is 0.00200 mol / 0.0250 L = 0.0800 mol/L. Always check the mole ratio: if the acid were sulfuric acid, you would need twice as many moles of NaOH as of acid."),
("What volume does one mole of an ideal gas occupy?",
 "By the ideal gas equation, pV = nRT, the volume of one mole depends on temperature and pressure, not on which gas it is. At 0 °C and 1 atm, one mole occupies about 22.4 L. At 25 °C and 1 atm it is about 24.5 L, and many school texts use 24 L at room temperature. Real gases deviate slightly, especially at high pressure and low temperature, where molecular volume and attractions matter."),
("What is the difference between an empirical formula and a molecular formula?",
 "The empirical formula gives the simplest whole-number ratio of atoms in a compound, while the molecular formula gives the actual number of each atom in a molecule. Glucose has the molecular formula C6H12O6 but the empirical formula CH2O. Ethene, C2H4, has empirical formula CH2. To get the molecular formula from the empirical one, you need the molar mass: divide it by the empirical formula mass and multiply the subscripts by the result."),
("A compound contains 75% carbon and 25% hydrogen by mass. Find its empirical formula.",
 "Assume 100 g of compound: 75 g carbon and 25 g hydrogen. Convert to moles: carbon 75 / 12 = 6.25 mol; hydrogen 25 / 1.0 = 25 mol. Divide by the smaller value: carbon 6.25 / 6.25 = 1, hydrogen 25 / 6.25 = 4. The empirical formula is CH4. Since CH4 is a stable molecule with molar mass 16 g/mol, this compound is methane."),
("Why must chemical equations be balanced?",
 "Atoms are neither created nor destroyed in chemical reactions, only rearranged; this is the law of conservation of mass. A balanced equation has the same number of each type of atom, and the same total charge, on both sides. Balancing is done by changing the coefficients in front of formulas, never the subscripts, since changing subscripts would describe a different substance. The coefficients then give the mole ratios used in stoichiometry."),
("Balance the equation Fe2O3 + CO → Fe + CO2.",
 "Fe2O3 + 3CO → 2Fe + 3CO2. Iron first: two Fe on the left means 2Fe on the right. Each CO takes one oxygen atom to become CO2, and Fe2O3 provides three oxygen atoms, so three CO are needed, forming three CO2. Check: 2 Fe, 3 C and 6 O on each side. This is the key reduction step in a blast furnace, where carbon monoxide reduces iron(III) oxide to iron."),
("How many molecules are in 0.5 mol of carbon dioxide, and how many atoms?",
 "Number of molecules = moles × Avogadro constant = 0.5 × 6.02 × 10^23 ≈ 3.01 × 10^23 CO2 molecules. Each CO2 molecule has three atoms (one carbon and two oxygens), so the total number of atoms is 3 × 3.01 × 10^23 ≈ 9.03 × 10^23. The mass of this sample would be 0.5 × 44 = 22 g."),
("What is electronegativity?",
 "Electronegativity is the ability of an atom in a covalent bond to attract the shared electron pair towards itself. On the Pauling scale, fluorine is the most electronegative element at about 3.98, followed by oxygen (3.44), nitrogen and chlorine (about 3.0–3.2). Carbon is about 2.55 and hydrogen about 2.20, while alkali metals are low, such as sodium at 0.93. Differences in electronegativity determine bond polarity."),
("Why does sodium chloride dissolve in water but not in hexane?",
 "Dissolving NaCl means separating ions from a strong lattice. In water, polar molecules surround the ions: the partially negative oxygen faces Na+ and the partially positive hydrogens face Cl−. These ion–dipole attractions release enough energy, together with the entropy gained, to make dissolving favourable. Hexane is non-polar and can offer only weak dispersion forces, which cannot compensate for breaking the lattice, so NaCl stays undissolved."),
("Explain the rule 'like dissolves like'.",
 "Substances dissolve well when the attractions between solute and solvent are similar in type and strength to those they replace. Polar and ionic solutes, such as salt, sugar and ethanol, dissolve in polar solvents like water, because they can form ion–dipole, dipole–dipole or hydrogen-bond interactions. Non-polar solutes, such as oils and waxes, dissolve in non-polar solvents like hexane through dispersion forces. It is a useful rule of thumb, not a strict law."),
("Why are small alcohols like methanol and ethanol completely miscible with water, but long-chain alcohols are not?",
 "The hydroxyl group of an alcohol can hydrogen bond with water, while the hydrocarbon chain is non-polar and disrupts water's hydrogen-bond network. In methanol, ethanol and propanol, the OH group dominates, so they mix with water in all proportions. As the chain lengthens, the non-polar part dominates. Butan-1-ol is only partly soluble, about 7 g per 100 mL, and long-chain alcohols such as octan-1-ol are nearly insoluble."),
("Why does the solubility of most gases in water decrease as temperature rises?",
 "Dissolving a gas is usually exothermic, because the gas molecules form attractions with water and lose their freedom of movement. By Le Chatelier's principle, raising the temperature shifts the equilibrium gas(g) ⇌ gas(aq) towards the gas phase. At higher temperature, molecules also have more kinetic energy to escape the liquid. This is why warm water holds less dissolved oxygen, which can stress fish, and why warm fizzy drinks go flat faster."),
("What factors determine the boiling point of a molecular substance?",
 "The boiling point depends on the strength of the intermolecular forces that must be overcome. Hydrogen bonding (in molecules with O–H, N–H or H–F) raises boiling points strongly. Permanent dipoles add dipole–dipole attractions. Dispersion forces grow with the number of electrons and the contact surface, so larger and less branched molecules boil higher. External pressure also matters: at lower pressure, as on a mountain, water boils below 100 °C."),
("Why do carboxylic acids have higher boiling points than alcohols of similar mass?",
 "Carboxylic acids contain both a C=O group and an O–H group, so they form strong hydrogen bonds. In the liquid and vapour they often pair up into dimers, each held by two hydrogen bonds, effectively doubling the size of the unit that must be vaporised. Ethanoic acid (60 g/mol) boils at about 118 °C, while propan-1-ol (also 60 g/mol) boils at about 97 °C."),
("What is the difference between an alcohol, an aldehyde and a ketone?",
 "An alcohol has a hydroxyl group, –OH, attached to an sp3 carbon, as in ethanol, CH3CH2OH. An aldehyde has a carbonyl group, C=O, at the end of a chain, bonded to at least one hydrogen, written –CHO, as in ethanal, CH3CHO. A ketone has a carbonyl group bonded to two carbon atoms within the chain, as in propanone (acetone), CH3COCH3. Primary alcohols oxidise to aldehydes, and secondary alcohols to ketones."),
("What is the functional group of a carboxylic acid and why is it acidic?",
 "A carboxylic acid contains the carboxyl group, –COOH: a carbonyl C=O and a hydroxyl O–H on the same carbon. It is acidic because it can lose the O–H proton to form a carboxylate ion, RCOO−, in which the negative charge is delocalised over both oxygen atoms by resonance. This stabilisation makes carboxylic acids much more acidic than alcohols, though they are still weak acids; ethanoic acid has a pKa of about 4.8."),
("Identify the functional groups in aspirin.",
 "Aspirin (acetylsalicylic acid) contains three main features. There is a benzene ring, making it aromatic. Attached to the ring is a carboxylic acid group, –COOH, which makes aspirin a weak acid. Next to it is an ester group, –O–CO–CH3, formed by acetylating the phenol group of salicylic acid. In moist conditions this ester slowly hydrolyses back to salicylic acid and acetic acid, which is why old aspirin tablets can smell of vinegar."),
("What is an amine, and why are amines basic?",
 "An amine is an organic derivative of ammonia in which one or more hydrogen atoms are replaced by carbon groups. Methylamine, CH3NH2, is a primary amine; dimethylamine, (CH3)2NH, is secondary; trimethylamine, (CH3)3N, is tertiary. The nitrogen has a lone pair that can accept a proton, so amines act as Brønsted bases: CH3NH2 + H2O ⇌ CH3NH3+ + OH−. Simple alkylamines are somewhat stronger bases than ammonia."),
("Why are amides much less basic than amines?",
 "In an amide, the nitrogen is bonded directly to a carbonyl carbon, –CO–NH–. The nitrogen's lone pair is delocalised into the C=O group by resonance, giving the C–N bond partial double-bond character. Because the lone pair is tied up in this delocalisation, it is not readily available to accept a proton. Amides are therefore essentially neutral in water, while amines such as methylamine are clearly basic. The same resonance makes the peptide bond planar."),
("What is an ester, and where are esters found?",
 "An ester has the group –COO– linking two carbon parts, formed from a carboxylic acid and an alcohol, with the general formula RCOOR′. Ethyl ethanoate, CH3COOCH2CH3, is a common example and a solvent in nail polish remover. Many esters have fruity odours and occur naturally in fruits and flowers. Fats and oils are triesters of glycerol and fatty acids, and polyesters like PET are made of repeating ester links."),
("What are the differences between alkanes, alkenes and alkynes?",
 "All three are hydrocarbons. Alkanes contain only C–C single bonds, are saturated, have the general formula CnH2n+2 and are relatively unreactive, as with ethane, C2H6. Alkenes contain at least one C=C double bond, have the formula CnH2n for one double bond, and undergo addition reactions, as with ethene, C2H4. Alkynes contain a C≡C triple bond, have formula CnH2n−2 for one triple bond, and are also unsaturated, as with ethyne, C2H2."),
("What is a thiol, and how does it differ from an alcohol?",
 "A thiol contains an –SH group, the sulfur analogue of an alcohol's –OH group. Sulfur is larger and less electronegative than oxygen, so S–H bonds are less polar and thiols form much weaker hydrogen bonds, giving lower boiling points than comparable alcohols. Thiols are more acidic than alcohols and are easily oxidised to disulfides, R–S–S–R. Many have strong, unpleasant smells; a thiol is added to natural gas so leaks can be detected."),
("What is an ether, and why are ethers less soluble in water than alcohols?",
 "An ether has an oxygen atom bonded to two carbon groups, R–O–R′, as in diethyl ether, CH3CH2OCH2CH3. Unlike alcohols, ethers have no hydrogen on the oxygen, so they cannot donate hydrogen bonds, although the oxygen lone pairs can accept them from water. Ethers therefore have lower boiling points and are generally less water-soluble than alcohols of similar size; diethyl ether dissolves to only about 6–7 g per 100 mL."),
("Predict the product of oxidising propan-2-ol with acidified potassium dichromate.",
 "Propan-2-ol, CH3CH(OH)CH3, is a secondary alcohol, with the OH on a carbon bonded to two other carbons. Acidified dichromate oxidises secondary alcohols to ketones, so the product is propanone, CH3COCH3, plus water. The dichromate ion, Cr2O7^2−, is reduced to Cr3+, so the colour changes from orange to green. The ketone resists further oxidation under these conditions because there is no hydrogen on the carbonyl carbon."),
("What is a haloalkane, and what kind of reaction is typical of it?",
 "A haloalkane is an alkane in which one or more hydrogen atoms are replaced by halogen atoms, such as chloroethane, CH3CH2Cl. The carbon–halogen bond is polar, with a partial positive charge on carbon, so haloalkanes typically undergo nucleophilic substitution: a nucleophile such as OH− attacks the carbon and the halide leaves. With a strong, hot base in ethanol they can instead undergo elimination to form alkenes. The C–I bond is weakest, so iodoalkanes react fastest."),
("Name the functional groups present in the amino acid serine.",
 "Serine has the structure HOCH2–CH(NH2)–COOH. Like all amino acids, it has an amine group, –NH2, and a carboxylic acid group, –COOH, on the same alpha carbon. Its side chain, –CH2OH, contains a primary alcohol (hydroxyl) group. This hydroxyl makes serine polar and lets it form hydrogen bonds. In some enzymes, such as serine proteases, this hydroxyl group acts as a nucleophile in the catalytic mechanism."),
("What is a polymer?",
 "A polymer is a very large molecule, a macromolecule, made of many repeating units called monomers joined by covalent bonds. Chains can contain thousands of units. Synthetic examples include poly(ethene), PVC, nylon and polyester; natural examples include starch, cellulose, proteins, DNA and natural rubber. The properties of a polymer depend on its monomer, chain length, branching, and the forces and cross-links between chains."),
("What is the difference between a thermoplastic and a thermosetting polymer?",
 "A thermoplastic, such as poly(ethene) or PET, consists of separate chains held together only by intermolecular forces. On heating these forces are overcome, so it softens and can be remoulded and recycled. A thermoset, such as Bakelite or cured epoxy resin, has strong covalent cross-links between chains, forming a rigid network. Once set it does not melt on heating; if heated strongly enough it decomposes or chars instead."),
("Why is low-density polyethylene softer than high-density polyethylene?",
 "Both are made of –CH2– chains, but LDPE, made by high-pressure radical polymerisation, has many short side branches. Branches stop chains packing closely, giving lower density and weaker dispersion forces between chains, so LDPE is soft and flexible, used for plastic bags and films. HDPE, made with Ziegler–Natta or similar catalysts, has mostly linear chains that pack into crystalline regions, making it denser, stiffer and stronger, used for bottles and pipes."),
("What does vulcanisation do to rubber?",
 "Natural rubber is poly(isoprene), whose long chains can slide past each other, so raw rubber becomes sticky when warm and brittle when cold. Vulcanisation, developed by Charles Goodyear, heats rubber with sulfur, which forms sulfur cross-links between chains at their C=C sites. These bridges stop the chains slipping permanently, so the rubber returns to its shape after stretching. Modest cross-linking gives elastic tyres; heavy cross-linking gives hard ebonite."),
("What is the glass transition temperature of a polymer?",
 "The glass transition temperature, Tg, is the temperature below which the amorphous (non-crystalline) regions of a polymer are rigid and glassy, and above which chain segments can move, making the material rubbery or flexible. It is not a melting point, since no crystal structure is lost. Polystyrene has a Tg of about 100 °C, so it is rigid at room temperature; natural rubber's Tg is about −70 °C, so it is rubbery at room temperature."),
("Why is PTFE (Teflon) so non-stick and chemically unreactive?",
 "PTFE, poly(tetrafluoroethene), is made by addition polymerisation of CF2=CF2, giving a carbon backbone completely surrounded by fluorine atoms. C–F bonds are among the strongest single bonds in organic chemistry, around 485 kJ/mol, so they are hard to break. The dense fluorine sheath shields the carbon chain from attack and has very low polarisability, so other substances have little attraction to its surface, making it non-stick and hydrophobic."),
("Why are many plastics not biodegradable?",
 "Polymers like poly(ethene) and polypropylene have backbones made only of C–C and C–H bonds. These are strong, non-polar bonds with no functional groups that water or common enzymes can attack, so microorganisms have almost no way to break them down. Polymers with hydrolysable links, such as some polyesters like poly(lactic acid), are more degradable, although often only under industrial composting conditions. Sunlight can slowly fragment some plastics into microplastics."),
("Why is Kevlar so strong?",
 "Kevlar is an aromatic polyamide (aramid) made from benzene-1,4-diamine and benzene-1,4-dicarboxylic acid units. Its chains are rigid and straight because of the para-linked benzene rings and planar amide groups. The chains line up side by side in highly ordered fibres, and the N–H and C=O groups of neighbouring chains form many hydrogen bonds, with extra stacking between aromatic rings. This makes Kevlar extremely strong for its weight, used in body armour and ropes."),
("What is a copolymer? Give an example.",
 "A copolymer is a polymer made from two or more different monomers. The monomers can alternate regularly, be arranged randomly, form long blocks, or one type can be grafted as branches onto another's chain. Styrene–butadiene rubber, used in car tyres, is a copolymer of styrene and buta-1,3-diene. Nylon-6,6 can also be viewed as an alternating copolymer of a diamine and a diacid. Combining monomers lets chemists tune properties."),
("How does cellulose differ from starch if both are polymers of glucose?",
 "Starch contains glucose units joined by α-1,4 glycosidic links (with α-1,6 branches in amylopectin), giving helical chains that human enzymes can hydrolyse. Cellulose uses β-1,4 links, so each glucose is flipped relative to its neighbour, producing straight chains. These chains lie side by side and form many hydrogen bonds, giving strong, insoluble fibres in plant cell walls. Humans lack enzymes to hydrolyse β-1,4 links, so cellulose passes through as dietary fibre."),
("Explain what a functional group is and why it is useful.",
 "A functional group is a specific group of atoms within a molecule that is responsible for its characteristic chemical reactions, such as –OH in alcohols, –COOH in carboxylic acids or C=C in alkenes. Molecules sharing a functional group tend to react in similar ways, regardless of the size of the carbon skeleton. This lets chemists organise organic compounds into families (homologous series) and predict reactions, properties and names."),
("What is a homologous series?",
 "A homologous series is a family of organic compounds with the same functional group and a general formula, where each member differs from the next by a CH2 unit. Examples include the alkanes (CnH2n+2), alkenes and alcohols (CnH2n+1OH). Members have similar chemical properties because they share a functional group, while physical properties change gradually: boiling point, for instance, rises as the chain gets longer because dispersion forces increase."),
("Why are phenols more acidic than alcohols?",
 "In phenol, C6H5OH, the OH group is attached directly to a benzene ring. When phenol loses a proton, the negative charge on the phenoxide ion is partly delocalised into the ring's π system, which stabilises it. In an alcohol such as ethanol, the alkoxide charge stays on oxygen. Phenol therefore has a pKa of about 10, compared with about 16 for ethanol. Phenol is still a weak acid, much weaker than carboxylic acids."),
("What does the term 'unsaturated fat' mean chemically?",
 "Fats are triglycerides: esters of glycerol with three fatty acid chains. A saturated fat has only C–C single bonds in its chains. An unsaturated fat has one or more C=C double bonds; monounsaturated fats have one per chain, polyunsaturated fats have several. Natural double bonds are usually cis, putting kinks in the chains so they pack poorly; unsaturated fats are therefore usually liquid oils at room temperature. Hydrogenation adds H2 across the double bonds."),
]

# ---------------------------------------------------------------- train: catalysis, thermodynamics, kinetics, periodic trends, biochemistry
TRAIN += [
("How does a catalyst speed up a reaction?",
 "A catalyst provides an alternative reaction pathway with a lower activation energy. At a given temperature, a larger fraction of molecular collisions then have enough energy to react, so the rate increases. The catalyst takes part in the mechanism, for example by binding reactants on a surface or forming an intermediate, but it is regenerated at the end, so it is not consumed overall. It does not change ΔH or ΔG of the reaction."),
("Does a catalyst change the position of equilibrium?",
 "No. A catalyst lowers the activation energy of both the forward and reverse reactions by the same amount, so it speeds up both equally. The equilibrium constant, which depends only on the free energy difference between reactants and products and on temperature, is unchanged. What a catalyst does is let the system reach equilibrium faster. In industry this is valuable because it allows acceptable rates at lower temperatures, which may favour a better equilibrium yield."),
("What is the difference between homogeneous and heterogeneous catalysis?",
 "In homogeneous catalysis, the catalyst is in the same phase as the reactants, usually dissolved in the same solution; acid-catalysed esterification with H2SO4 is an example. In heterogeneous catalysis, the catalyst is in a different phase, typically a solid with gaseous or liquid reactants. Reactants adsorb onto active sites on the surface, bonds are weakened, reaction occurs and products desorb. Iron in the Haber process and platinum in catalytic converters are heterogeneous catalysts."),
("Describe the Haber process and the role of its catalyst.",
 "The Haber process makes ammonia: N2(g) + 3H2(g) ⇌ 2NH3(g), ΔH ≈ −92 kJ/mol. Low temperature would favour ammonia at equilibrium but make the reaction too slow, so a compromise of about 400–450 °C is used, with pressures around 150–250 atm to favour the side with fewer gas moles. An iron catalyst, with promoters such as potassium oxide, speeds up the breaking of the strong N≡N bond on its surface. Unreacted gases are recycled."),
("What does a catalytic converter do in a car?",
 "A catalytic converter uses a ceramic honeycomb coated with platinum, palladium and rhodium to clean exhaust gases. It oxidises carbon monoxide to carbon dioxide (2CO + O2 → 2CO2) and unburnt hydrocarbons to CO2 and water, and it reduces nitrogen oxides to nitrogen (2NO + 2CO → N2 + 2CO2). The large surface area maximises contact with the gases. Lead compounds poison the catalyst, which is one reason leaded petrol was phased out."),
("What is catalyst poisoning?",
 "Catalyst poisoning happens when a substance binds strongly to the active sites of a catalyst and blocks them, so reactants can no longer adsorb and react. The poison may be an impurity in the feed. Examples include sulfur compounds poisoning the iron catalyst in the Haber process or the nickel used in hydrogenation, and lead poisoning catalytic converters. Feedstocks are therefore purified, and poisoned catalysts may need regenerating or replacing."),
("How are enzymes similar to and different from inorganic catalysts?",
 "Like all catalysts, enzymes lower activation energy, speed up forward and reverse reactions equally and are not consumed. Unlike most inorganic catalysts, enzymes are proteins (a few are RNA) with a precisely shaped active site, so they are highly specific for their substrates. They work best in mild conditions, near body temperature and a particular pH, and can be denatured by heat or extreme pH. They can also be extraordinarily effective, speeding reactions by factors of a million or more."),
("Why does manganese(IV) oxide make hydrogen peroxide decompose faster?",
 "Hydrogen peroxide decomposes slowly on its own: 2H2O2 → 2H2O + O2. Solid MnO2 acts as a heterogeneous catalyst, providing a surface pathway with lower activation energy, so oxygen is released rapidly. The MnO2 can be filtered off and weighed afterwards, showing it is not used up. In living cells, the enzyme catalase catalyses the same reaction to remove harmful peroxide, and is one of the fastest enzymes known."),
("What is the role of vanadium(V) oxide in the Contact process?",
 "The Contact process makes sulfuric acid. Its key step is oxidising sulfur dioxide to sulfur trioxide: 2SO2 + O2 ⇌ 2SO3, ΔH ≈ −196 kJ for the equation as written. Vanadium(V) oxide, V2O5, is a heterogeneous catalyst that speeds this step at around 400–450 °C and near-atmospheric pressure. It works by a redox cycle: V2O5 oxidises SO2 to SO3 and is reduced to V2O4, which is then reoxidised by oxygen. The SO3 is absorbed to eventually form H2SO4."),
("What is the difference between exothermic and endothermic reactions?",
 "An exothermic reaction releases heat to the surroundings, so ΔH is negative and the surroundings warm up; combustion and neutralisation are examples. An endothermic reaction absorbs heat, so ΔH is positive and the surroundings cool; thermal decomposition of calcium carbonate and dissolving ammonium nitrate in water are examples. The sign reflects whether the bonds formed in the products release more energy than is needed to break the bonds in the reactants."),
("Use bond enthalpies to estimate ΔH for H2 + Cl2 → 2HCl.",
 "Bonds broken: one H–H (about 436 kJ/mol) and one Cl–Cl (about 243 kJ/mol), total 679 kJ. Bonds formed: two H–Cl (about 432 kJ/mol each), total 864 kJ. ΔH = energy in − energy out = 679 − 864 = −185 kJ per mole of reaction as written. The reaction is exothermic. The accepted value is about −184 kJ, so the estimate is close; bond-enthalpy estimates are usually approximate because they use average values."),
("What does Hess's law state?",
 "Hess's law states that the total enthalpy change for a reaction is the same regardless of the route taken, as long as the starting and final conditions are the same. It follows from enthalpy being a state function. This lets us calculate enthalpy changes that are hard to measure directly, for example by combining enthalpies of formation or combustion. For instance, ΔH(reaction) = ΣΔfH(products) − ΣΔfH(reactants)."),
("What is entropy, in simple terms?",
 "Entropy, S, measures how many ways the energy and particles of a system can be arranged; loosely, its dispersal or disorder. Gases have much higher entropy than liquids, and liquids higher than solids. Entropy tends to increase when a solid dissolves, when a solid melts or a liquid vaporises, when the number of gas molecules increases in a reaction, and when temperature rises. The second law says the total entropy of the universe increases in any spontaneous process."),
("Explain the Gibbs free energy equation and what it predicts.",
 "The Gibbs equation is ΔG = ΔH − TΔS, where T is the absolute temperature in kelvin. A reaction is thermodynamically favourable (spontaneous) when ΔG is negative. If ΔH is negative and ΔS positive, ΔG is negative at all temperatures. If ΔH is positive and ΔS negative, it is never spontaneous. When both have the same sign, temperature decides: for example, an endothermic reaction with increasing entropy becomes favourable at high temperature. ΔG says nothing about rate."),
("Why does ice melt spontaneously above 0 °C but not below it?",
 "Melting is endothermic (ΔH ≈ +6.0 kJ/mol) but increases entropy (ΔS ≈ +22 J/mol·K). Using ΔG = ΔH − TΔS, at 273 K the two terms balance, so ΔG ≈ 0 and ice and water are in equilibrium at 0 °C and 1 atm. Above 273 K, the TΔS term outweighs ΔH, ΔG becomes negative, and melting is spontaneous. Below 273 K, ΔH dominates, ΔG is positive, and water freezes instead."),
("How is the equilibrium constant related to the standard free energy change?",
 "The relationship is ΔG° = −RT ln K, where R is 8.314 J/(mol·K) and T is in kelvin. A negative ΔG° gives K greater than 1, so products are favoured at equilibrium; a positive ΔG° gives K less than 1. Because of the logarithm, a modest change in ΔG° makes a big change in K: at 25 °C, every 5.7 kJ/mol makes K ten times larger or smaller."),
("State Le Chatelier's principle and apply it to adding more reactant.",
 "Le Chatelier's principle says that if a system at equilibrium is disturbed by a change in concentration, pressure or temperature, the position of equilibrium shifts to partly counteract the change. If you add more reactant, the system responds by converting some of it into products, so the equilibrium shifts to the right. For N2 + 3H2 ⇌ 2NH3, adding nitrogen increases the amount of ammonia. The equilibrium constant itself is unchanged, because only temperature changes K."),
("How does pressure affect the equilibrium N2 + 3H2 ⇌ 2NH3?",
 "The left side has four moles of gas and the right side two. Increasing the pressure, for example by compressing the mixture, shifts the equilibrium towards the side with fewer gas molecules, so more ammonia forms, which reduces the pressure somewhat. Decreasing pressure favours nitrogen and hydrogen. If the numbers of gas moles were equal on both sides, pressure would have no effect on the position. Adding an inert gas at constant volume also has no effect."),
("What is specific heat capacity, and why is water's value important?",
 "Specific heat capacity is the energy needed to raise the temperature of 1 g (or 1 kg) of a substance by 1 K. Water's value is unusually high, about 4.18 J/(g·K), because much of the added energy goes into breaking hydrogen bonds rather than raising molecular speed. As a result, oceans and lakes warm and cool slowly, moderating climates, and water is an excellent coolant. Heating 1 kg of water by 10 °C needs about 42 kJ."),
("What is activation energy?",
 "Activation energy, Ea, is the minimum energy that colliding particles must have for a reaction to occur. It corresponds to the energy needed to reach the transition state, where old bonds are partly broken and new ones partly formed. Even strongly exothermic reactions can be very slow if Ea is high; a mixture of methane and air is stable until a spark supplies the initial energy. Higher temperatures and catalysts help more collisions overcome or bypass this barrier."),
("Using collision theory, explain why increasing concentration increases reaction rate.",
 "According to collision theory, particles must collide with enough energy (at least the activation energy) and with a suitable orientation to react. Increasing concentration puts more particles in a given volume, so collisions occur more often. The fraction of collisions that succeed does not change, but because there are more collisions per second, there are more successful collisions per second, and the rate increases. For gases, raising the pressure has the same effect."),
("Why does raising the temperature increase reaction rate so strongly?",
 "At higher temperature, particles move faster, so they collide more often, but that effect alone is small. The main reason is that many more collisions have energy at least equal to the activation energy, because the Maxwell–Boltzmann distribution shifts to higher energies and its high-energy tail grows rapidly. For many reactions near room temperature, a 10 °C rise roughly doubles the rate, though this is only a rough rule that depends on the activation energy."),
("What does the Arrhenius equation describe?",
 "The Arrhenius equation, k = A e^(−Ea/RT), shows how the rate constant k depends on temperature. A is the pre-exponential factor, related to collision frequency and orientation, Ea is the activation energy, R is the gas constant and T is absolute temperature. A larger Ea or lower T makes k smaller. Plotting ln k against 1/T gives a straight line with slope −Ea/R, which is a standard way to measure activation energy experimentally."),
("Why does powdered calcium carbonate react faster with acid than marble chips?",
 "The reaction, CaCO3 + 2HCl → CaCl2 + H2O + CO2, happens only at the surface of the solid, where acid particles can collide with it. Grinding the solid into powder greatly increases its surface area for the same mass, so many more collisions occur per second and the rate increases, giving much faster fizzing. The total amount of CO2 produced is the same if the same masses of carbonate and acid are used; only the rate changes."),
("What is a rate law, and what does reaction order mean?",
 "A rate law expresses how reaction rate depends on concentrations, for example rate = k[A]^m[B]^n. The exponents m and n are the orders with respect to each reactant, and the overall order is m + n. Orders must be determined experimentally; they are not simply the coefficients in the balanced equation. If a reaction is first order in A, doubling [A] doubles the rate; if second order, doubling [A] quadruples the rate; if zero order, the rate is unaffected."),
("What is the half-life of a first-order reaction?",
 "For a first-order reaction, the half-life is the time for the reactant concentration to fall to half its value, and it is constant: t½ = ln 2 / k ≈ 0.693 / k. It does not depend on the starting concentration, so it takes the same time to go from 1.0 to 0.5 mol/L as from 0.5 to 0.25 mol/L. Radioactive decay follows first-order kinetics, which is why isotopes are described by a fixed half-life."),
("What is a rate-determining step?",
 "Many reactions occur by a mechanism of several elementary steps. The rate-determining step is the slowest step, and it limits the overall rate, much like the narrowest point of a funnel. The rate law usually reflects the species involved in and before this step. For example, if a slow step involves only one molecule of A, the reaction is typically first order in A, even if the overall equation contains other reactants."),
("Why can a thermodynamically favourable reaction be extremely slow? Use diamond as an example.",
 "Thermodynamics tells us whether a reaction is favourable, via ΔG, but not how fast it goes; that depends on activation energy. The conversion of diamond to graphite has a negative ΔG at room temperature and pressure, so graphite is the more stable form. However, converting diamond requires breaking and rearranging very strong C–C bonds, so the activation energy is enormous and the rate is effectively zero. Diamond is therefore kinetically stable, or metastable."),
("How does atomic radius change across a period and down a group?",
 "Across a period from left to right, atomic radius decreases. Protons are added to the nucleus while electrons enter the same shell, and inner-shell shielding barely changes, so the effective nuclear charge increases and the electrons are pulled closer. Down a group, atomic radius increases, because each element has an extra occupied electron shell further from the nucleus, and the extra inner electrons shield the outer ones. For example, lithium is smaller than sodium, which is smaller than potassium."),
("Why does first ionisation energy generally increase across a period?",
 "First ionisation energy is the energy needed to remove one electron from each atom in a mole of gaseous atoms. Across a period, nuclear charge increases while electrons are added to the same shell with similar shielding, so the outer electrons are held more tightly and closer to the nucleus. More energy is needed to remove one. That is why sodium's first ionisation energy is about 496 kJ/mol while argon's is about 1520 kJ/mol."),
("Why is the first ionisation energy of oxygen lower than that of nitrogen?",
 "This is an exception to the general rise across period 2. Nitrogen has three 2p electrons, one in each 2p orbital, all unpaired. Oxygen's fourth 2p electron must pair up with another electron in the same orbital. The repulsion between the two electrons sharing that orbital makes one of them easier to remove. So although oxygen has a greater nuclear charge, its first ionisation energy (about 1314 kJ/mol) is lower than nitrogen's (about 1402 kJ/mol)."),
("Why do group 1 metals become more reactive down the group?",
 "Group 1 metals react by losing their single outer s electron. Going down the group, from lithium to caesium, the atoms get larger and the outer electron is further from the nucleus and better shielded by inner shells. It is therefore held less tightly, and the first ionisation energy falls, so the electron is lost more easily. Lithium fizzes steadily in water, sodium melts and darts around, and potassium ignites the hydrogen with a lilac flame."),
("Why do halogens become less reactive down group 17?",
 "Halogens typically react by gaining an electron to complete their outer shell. Going down the group from fluorine to iodine, the atoms get larger and have more inner shells, so an incoming electron is further from the nucleus and more shielded from it. The attraction for an extra electron is weaker, so the elements are weaker oxidising agents. This is why chlorine can displace bromide and iodide from solution, while iodine cannot displace chloride."),
("Why are noble gases so unreactive?",
 "Noble gases (group 18) have full outer electron shells: helium has 1s2 and the others have ns2 np6 configurations. This arrangement is very stable. Their first ionisation energies are the highest in each period, so removing an electron is difficult, and an added electron would have to go into a new, higher shell, which is unfavourable. They therefore rarely form compounds. Heavier ones, especially xenon, can form a few compounds with fluorine and oxygen, such as XeF2 and XeF4."),
("How do the sizes of ions compare with their parent atoms?",
 "Positive ions are smaller than their parent atoms. When sodium forms Na+, it loses its outer 3s electron, so the whole outer shell is gone and the remaining electrons are pulled in by the unchanged nuclear charge. Negative ions are larger than their parent atoms. When chlorine forms Cl−, an extra electron is added to the same shell, increasing electron–electron repulsion while nuclear charge stays the same, so the electron cloud expands."),
("How does metallic character change across the periodic table?",
 "Metallic character, the tendency to lose electrons and form positive ions, decreases across a period and increases down a group. Metals therefore sit on the left and bottom of the table, and non-metals on the upper right, with metalloids such as silicon and germanium along the boundary. In period 3, sodium, magnesium and aluminium are metals, silicon is a metalloid and phosphorus to argon are non-metals. Their oxides change from basic to amphoteric (Al2O3) to acidic."),
("Why does electronegativity increase across a period and decrease down a group?",
 "Electronegativity depends on how strongly the nucleus attracts bonding electrons. Across a period, the nuclear charge rises while shielding by inner shells stays similar, and the atom gets smaller, so bonding electrons are attracted more strongly; this culminates in fluorine, the most electronegative element. Down a group, atoms gain electron shells, so bonding electrons sit further from the nucleus and are better shielded, lowering electronegativity. Caesium and francium are the least electronegative elements."),
("What makes transition metals different from main-group metals?",
 "Transition metals have partly filled d subshells in the element or in common ions. This gives them characteristic properties: they show several stable oxidation states (iron as +2 and +3, manganese from +2 to +7), they form coloured compounds because d electrons absorb visible light, they form complex ions with ligands, and they and their compounds are often good catalysts, such as iron in the Haber process. They are also typically dense, hard metals with high melting points."),
("What is the relationship between an element's group number and its valence electrons?",
 "For main-group elements, the group number tells you the number of outer (valence) electrons. Group 1 elements have one, group 2 have two, and in the modern 1–18 numbering groups 13 to 18 have three to eight (subtract ten), with helium the exception at two. Valence electrons largely determine chemistry: group 1 forms +1 ions, group 2 +2 ions, group 16 often −2 and group 17 −1. The period number gives the number of occupied electron shells."),
("Why does atomic radius barely change across the transition metals of period 4?",
 "Across the first transition series, from scandium to zinc, electrons are added to the inner 3d subshell rather than the outer 4s. The 3d electrons shield the outer 4s electrons fairly effectively from the extra protons, so the effective nuclear charge felt by the outermost electrons rises only slowly. As a result, atomic radii stay nearly constant across most of the series, unlike the steady decrease seen across the main-group elements."),
("How is a peptide bond formed?",
 "A peptide bond forms when the carboxyl group of one amino acid reacts with the amino group of another in a condensation reaction, releasing a water molecule. The result is an amide link, –CO–NH–, joining the two residues into a dipeptide. In cells this does not happen directly; ribosomes catalyse the reaction using amino acids activated as aminoacyl-tRNAs, with energy ultimately coming from ATP and GTP. Repeating the process builds polypeptide chains."),
("Why is the peptide bond planar and rigid?",
 "The nitrogen lone pair in a peptide bond is delocalised into the adjacent carbonyl group by resonance, so the C–N bond has partial double-bond character, roughly 40%. It is shorter than a normal C–N single bond, about 133 pm versus 147 pm, and rotation around it is restricted. The six atoms around it (the two alpha carbons, C, O, N and H) lie in one plane. Most peptide bonds adopt the trans arrangement, which avoids clashes between side chains."),
("What is a zwitterion, and why do amino acids form them?",
 "A zwitterion is a molecule carrying both a positive and a negative charge while being neutral overall. Amino acids contain an acidic carboxyl group and a basic amino group. In water near neutral pH, the carboxyl group loses a proton to become –COO− and the amino group gains one to become –NH3+. This internal acid–base reaction explains why amino acids are crystalline solids with high melting points and good water solubility, unlike most organic molecules of similar size."),
("What is the isoelectric point of an amino acid?",
 "The isoelectric point, pI, is the pH at which an amino acid or protein has no net electric charge, so it does not move in an electric field. For a simple amino acid with non-ionisable side chains, pI is roughly the average of the carboxyl and amino pKa values; for glycine, about (2.3 + 9.6)/2 ≈ 6.0. Below the pI the molecule is net positive, above it net negative. Proteins are often least soluble at their isoelectric point."),
("Which amino acid side chains are acidic or basic, and what charges do they carry at pH 7?",
 "Aspartate and glutamate have carboxylic acid side chains (pKa about 3.9 and 4.1), so at pH 7 they are deprotonated and negatively charged. Lysine (amino group, pKa about 10.5) and arginine (guanidinium group, pKa about 12.5) are protonated and positively charged at pH 7. Histidine's imidazole has a pKa near 6, so at pH 7 it is mostly neutral but partly protonated, which lets it act as a proton donor or acceptor in enzyme active sites."),
("What is a disulfide bridge in a protein?",
 "A disulfide bridge is a covalent S–S bond formed between the thiol (–SH) groups of two cysteine side chains. Its formation is an oxidation: 2 R–SH → R–S–S–R + 2H+ + 2e−. Disulfide bridges can link distant parts of one chain or link separate chains, as in insulin, stabilising the protein's tertiary or quaternary structure. They are common in proteins secreted outside cells. Reducing agents can break them back into thiols, which hairdressers use when perming hair."),
("Which amino acid side chains are hydrophobic, and where are they usually found in a protein?",
 "Amino acids with non-polar hydrocarbon side chains are hydrophobic: alanine, valine, leucine, isoleucine, methionine, phenylalanine and, to a lesser degree, tryptophan and proline. In water-soluble proteins, these side chains tend to be buried in the folded core, away from water, driven by the hydrophobic effect. Polar and charged side chains are mostly on the surface, interacting with water. In membrane proteins, hydrophobic residues face the lipid interior of the bilayer."),
("What happens chemically when a protein is denatured?",
 "Denaturation is the loss of a protein's specific three-dimensional shape. Heat, extreme pH, detergents or some solvents disrupt the hydrogen bonds, ionic interactions, hydrophobic interactions and sometimes disulfide bonds that maintain secondary, tertiary and quaternary structure. The peptide bonds of the primary structure are not broken. Because function depends on shape, a denatured enzyme loses activity. Cooking an egg is a familiar, largely irreversible example."),
("How do the four levels of protein structure relate to different kinds of bonds?",
 "Primary structure is the amino acid sequence, held by covalent peptide bonds. Secondary structure, such as α-helices and β-sheets, is stabilised by hydrogen bonds between backbone C=O and N–H groups. Tertiary structure, the overall 3D fold of one chain, depends on side-chain interactions: hydrophobic effects, hydrogen bonds, ionic bonds (salt bridges) and covalent disulfide bridges. Quaternary structure, the arrangement of several chains as in haemoglobin, uses the same types of interactions between chains."),
("Why do phospholipids form bilayers in water?",
 "A phospholipid has a polar, often charged, phosphate-containing head and two non-polar fatty acid tails, so it is amphipathic. In water, the heads interact favourably with water through ion–dipole and hydrogen bonding, while the tails are excluded by the hydrophobic effect. The molecules arrange themselves into a bilayer with tails pointing inward, away from water, and heads facing the water on both sides. This structure forms the basis of cell membranes."),
("How does soap remove grease?",
 "Soap molecules are sodium or potassium salts of long-chain fatty acids, such as sodium stearate. Each has a long non-polar hydrocarbon tail and a charged carboxylate head. In water, the tails dissolve in grease while the heads stay in the water. Soap molecules surround grease droplets to form micelles with tails inside and heads outside, so the droplets become dispersed and are rinsed away. In hard water, Ca2+ and Mg2+ ions form an insoluble scum with soap."),
("What role does NAD+ play in biological redox reactions?",
 "NAD+ (nicotinamide adenine dinucleotide) is an electron carrier. In oxidation steps of glycolysis and the citric acid cycle, enzymes transfer two electrons and one proton (as a hydride ion) from a substrate to NAD+, reducing it to NADH; the second proton goes into solution. NADH then passes its electrons to the electron transport chain, where they eventually reduce oxygen to water, and the energy released drives ATP synthesis. NAD+ itself is regenerated and reused."),
("How does the bicarbonate buffer keep blood pH stable?",
 "Blood is kept at about pH 7.35–7.45 mainly by the carbonic acid–bicarbonate system: CO2 + H2O ⇌ H2CO3 ⇌ H+ + HCO3−. If acid is added, bicarbonate combines with H+ to form carbonic acid, which breaks down to CO2 that is exhaled. If base is added, carbonic acid releases H+ to neutralise it. The lungs adjust CO2 levels within minutes, and the kidneys adjust bicarbonate over longer periods, making the buffer unusually effective."),
]

TRAIN += [
("Predict which has the higher boiling point, butane or propanone, given that both have a molar mass of about 58 g/mol.",
 "Propanone (acetone), CH3COCH3, should boil higher, and it does: about 56 °C compared with about −1 °C for butane. With similar molar masses and electron counts, their dispersion forces are comparable. The difference is polarity. Propanone's C=O bond is strongly polar, giving permanent dipole–dipole attractions between molecules, while butane is essentially non-polar. Propanone cannot hydrogen bond to itself, though, so it boils well below water."),
]

# ---------------------------------------------------------------- held-out set (same topics, different questions)
HELDOUT += [
("Why does potassium fluoride form an ionic compound while fluorine gas is covalent?",
 "In F2, two identical fluorine atoms have equal electronegativity, so neither can take the other's electron; they share a pair in a non-polar covalent bond. Potassium, by contrast, has a very low ionisation energy and electronegativity (about 0.8), while fluorine is the most electronegative element (about 4.0). The difference is so large that potassium effectively transfers its outer electron to fluorine, forming K+ and F− ions held in an ionic lattice."),
("Predict the shape and polarity of hydrogen sulfide, H2S.",
 "Sulfur in H2S has two bonding pairs and two lone pairs, like oxygen in water, so the molecule is bent. The H–S–H angle is about 92°, smaller than water's 104.5°, because sulfur is larger and its bonds use orbitals that are less hybridised. The S–H bonds are only slightly polar, since sulfur (about 2.6) is a little more electronegative than hydrogen (2.2), so H2S is weakly polar and does not form significant hydrogen bonds."),
("Methane and water have similar molar masses. Why does methane boil at about −162 °C while water boils at 100 °C?",
 "Methane (16 g/mol) is a non-polar, symmetric molecule, so only weak London dispersion forces hold its molecules together, and very little energy is needed to separate them. Water (18 g/mol) is polar and each molecule can form up to four hydrogen bonds through its O–H groups and oxygen lone pairs. Breaking this hydrogen-bond network needs far more energy, so water's boiling point at 1 atm is about 260 degrees higher."),
("How do hydrogen bonds stabilise an alpha-helix in a protein?",
 "In an α-helix, the polypeptide backbone coils into a right-handed spiral. The C=O group of each amino acid residue forms a hydrogen bond with the N–H group of the residue four positions further along the chain. These hydrogen bonds run roughly parallel to the helix axis and, together, hold the coil in place. The side chains point outward from the helix, so the stabilisation comes from the backbone itself, not from particular side chains."),
("Why is copper used for electrical wiring?",
 "Copper has metallic bonding with a sea of delocalised electrons that move easily through its lattice, giving it very high electrical conductivity, second only to silver among metals, at a much lower cost. The non-directional metallic bonding also makes copper ductile, so it can be drawn into thin wires without breaking. It resists corrosion reasonably well, and its high melting point of about 1085 °C means it is stable under normal electrical loads."),
("Explain why krypton boils at a higher temperature than argon.",
 "Both are monatomic noble gases held together in the liquid only by London dispersion forces. Krypton has 36 electrons compared with argon's 18, and its outer electrons are further from the nucleus, so its electron cloud is larger and more polarisable. Temporary dipoles are therefore larger and induce stronger attractions between atoms. More energy is needed to separate them, so krypton boils at about −153 °C, compared with about −186 °C for argon."),
("Describe the bonding and shape of the hydronium ion, H3O+.",
 "The hydronium ion forms when a water molecule uses one of its oxygen lone pairs to form a dative covalent bond to a proton. Once formed, all three O–H bonds are equivalent. Oxygen now has three bonding pairs and one lone pair, so by VSEPR the ion is trigonal pyramidal, like ammonia, although its exact bond angles vary with its surroundings. The positive charge is shared over the ion, which is strongly hydrated in water."),
("Sugar is not ionic, so why does it dissolve so well in water?",
 "Sucrose, C12H22O11, is a covalent molecule, but it has eight hydroxyl (–OH) groups plus several oxygen atoms in its rings and linking bond. These can form many hydrogen bonds with water molecules, replacing the hydrogen bonds that hold sucrose molecules together in the crystal. Because the new solute–water interactions are similar in strength to those broken, and mixing increases entropy, sucrose is very soluble: about 200 g dissolve in 100 mL of water at room temperature."),
("Why does oil not mix with water?",
 "Water molecules attract each other strongly through hydrogen bonds. Oils are mainly long non-polar hydrocarbon chains that interact only through weak dispersion forces. If oil molecules were spread through water, they would disrupt water's hydrogen-bond network without offering comparable attractions in return, and the water around them would become more ordered, lowering entropy. It is more favourable for water to keep its hydrogen bonds, so the oil is pushed into a separate layer, which floats because it is less dense."),
("Explain why silicon dioxide has a far higher melting point than carbon dioxide.",
 "Carbon dioxide consists of small, separate O=C=O molecules. Melting or subliming solid CO2 only requires overcoming weak dispersion forces between molecules, so dry ice sublimes at about −78 °C. Silicon dioxide is a giant covalent structure: each silicon bonds to four oxygens and each oxygen bridges two silicons throughout the whole crystal. Melting requires breaking many strong Si–O covalent bonds, so quartz melts at around 1700 °C."),
("What is the pH of a solution with a hydrogen ion concentration of 1 × 10^−5 mol/L, and is it acidic or basic?",
 "pH = −log10[H+] = −log10(1 × 10^−5) = 5. Since the pH is below 7 at 25 °C, the solution is acidic. The hydroxide concentration can be found from Kw: [OH−] = 10^−14 / 10^−5 = 10^−9 mol/L, much smaller than [H+]. A solution at pH 5 has a hundred times more hydrogen ions than pure water at pH 7, about the acidity of black coffee or slightly acidic rain."),
("Give the conjugate bases of H2SO4, NH4+ and H2O.",
 "A conjugate base is what remains after an acid loses one proton. For sulfuric acid, H2SO4, it is the hydrogen sulfate ion, HSO4−. For the ammonium ion, NH4+, it is ammonia, NH3. For water, H2O, it is the hydroxide ion, OH−. Notice that the charge always decreases by one. HSO4− can itself act as an acid, losing a second proton to give sulfate, SO4^2−."),
("Why is water described as amphoteric (or amphiprotic)?",
 "Water can act as either an acid or a base, depending on what it reacts with. With ammonia, water donates a proton, behaving as an acid: NH3 + H2O ⇌ NH4+ + OH−. With hydrogen chloride, water accepts a proton, behaving as a base: HCl + H2O → H3O+ + Cl−. It even does both with itself in self-ionisation: 2H2O ⇌ H3O+ + OH−. Substances that can donate or accept protons are called amphiprotic."),
("Write the net ionic equation for calcium carbonate reacting with hydrochloric acid.",
 "The full equation is CaCO3(s) + 2HCl(aq) → CaCl2(aq) + H2O(l) + CO2(g). Hydrochloric acid and calcium chloride are fully ionised in solution, while calcium carbonate is an insoluble solid and stays written as a formula. Removing the spectator chloride ions gives the net ionic equation: CaCO3(s) + 2H+(aq) → Ca2+(aq) + H2O(l) + CO2(g). The carbon dioxide bubbles are why limestone fizzes in acid."),
("How does an antacid tablet relieve indigestion?",
 "Indigestion and heartburn often involve excess stomach acid, which is mainly hydrochloric acid. Antacids contain weak bases such as magnesium hydroxide, calcium carbonate or aluminium hydroxide that neutralise some of this acid. For example, Mg(OH)2 + 2HCl → MgCl2 + 2H2O, and CaCO3 + 2HCl → CaCl2 + H2O + CO2. The bases are weak and poorly soluble, so they raise the stomach pH moderately without making it strongly alkaline."),
("What is the oxidation state of chromium in potassium dichromate, K2Cr2O7?",
 "Potassium is +1 and oxygen is −2, and the compound is neutral. So 2(+1) + 2(Cr) + 7(−2) = 0, which gives 2 + 2Cr − 14 = 0, so 2Cr = +12 and each chromium is +6. In acidic solution dichromate is a useful oxidising agent; it is reduced to Cr3+, so chromium drops from +6 to +3 and the solution changes from orange to green."),
("Is photosynthesis a redox reaction? Explain.",
 "Yes. The overall equation is 6CO2 + 6H2O → C6H12O6 + 6O2. Carbon goes from +4 in CO2 to an average of 0 in glucose, so carbon is reduced. Oxygen in water goes from −2 to 0 in O2, so water is oxidised. Light energy absorbed by chlorophyll drives the transfer of electrons from water to carbon dioxide, via carriers such as NADPH. It is the reverse of respiration and is strongly endothermic overall."),
("Why does copper not react with dilute hydrochloric acid, while zinc does?",
 "For a metal to produce hydrogen, it must reduce H+ ions to H2, so it must be a stronger reducing agent than hydrogen. Zinc's standard electrode potential is about −0.76 V, below hydrogen's 0 V, so zinc is oxidised to Zn2+ and hydrogen gas is released. Copper's potential is about +0.34 V, above hydrogen, so copper cannot reduce H+ and no reaction occurs. Copper dissolves only in oxidising acids such as nitric acid."),
("Balance the half-equation for permanganate being reduced to Mn2+ in acid.",
 "MnO4− + 8H+ + 5e− → Mn2+ + 4H2O. Manganese is balanced already. The four oxygens in permanganate become four water molecules, which need eight H+ ions. Manganese goes from +7 to +2, which requires five electrons. Check charge: on the left −1 + 8 − 5 = +2, and on the right Mn2+ gives +2, so it balances. This half-equation is used in permanganate titrations, such as determining iron(II)."),
("Write a balanced equation for butane burning in plenty of air.",
 "2C4H10 + 13O2 → 8CO2 + 10H2O. One butane molecule gives 4CO2 and 5H2O, which contain 8 + 5 = 13 oxygen atoms, needing 6.5 O2. Doubling to remove the fraction gives the equation above. Check: 8 carbon, 20 hydrogen and 26 oxygen atoms on each side. Butane is used in camping stoves and lighters; with too little air, incomplete combustion produces carbon monoxide and soot instead."),
("Why is hydrogen called a clean fuel, and what is the catch?",
 "When hydrogen burns, the only product is water: 2H2 + O2 → 2H2O, releasing about 286 kJ per mole of hydrogen when liquid water forms. There is no carbon dioxide, soot or carbon monoxide at the point of use, although hot flames in air can form some nitrogen oxides. The catch is production: most hydrogen today is made from natural gas, releasing CO2. It is only low-carbon if made by electrolysis using renewable electricity, and it is hard to store."),
("What is the monomer of polystyrene, and how does it polymerise?",
 "The monomer is styrene (phenylethene), C6H5CH=CH2, an ethene molecule with one hydrogen replaced by a benzene ring. It undergoes addition polymerisation, usually started by radical initiators: the C=C double bonds open and the monomers join into long chains with repeat unit –[CH2–CH(C6H5)]–. No by-product forms. The bulky phenyl rings make the chains stiff, so polystyrene is rigid at room temperature; expanded with gas, it makes foam packaging."),
("Why are proteins considered condensation polymers?",
 "Proteins are made of amino acid monomers joined by peptide (amide) bonds. Each bond forms when the carboxyl group of one amino acid reacts with the amino group of the next, and a water molecule is eliminated, which is the defining feature of condensation polymerisation. A protein of 100 residues therefore formed with the loss of 99 water molecules. Like synthetic polyamides such as nylon, proteins can be broken back down into monomers by hydrolysis."),
("What products form when a peptide bond is hydrolysed?",
 "Hydrolysis adds water across the amide link –CO–NH–. The bond between the carbonyl carbon and nitrogen breaks: the carbonyl part takes the OH and becomes a carboxylic acid group, while the nitrogen takes the H and becomes an amino group. A dipeptide therefore gives two free amino acids. In the lab this requires prolonged heating with strong acid, such as 6 mol/L HCl; in the body, protease enzymes such as pepsin and trypsin catalyse it quickly."),
("Why is the product of sucrose hydrolysis called invert sugar?",
 "Sucrose is a disaccharide; hydrolysis with acid or the enzyme invertase breaks its glycosidic bond: C12H22O11 + H2O → C6H12O6 (glucose) + C6H12O6 (fructose). Sucrose solution rotates plane-polarised light to the right. Fructose rotates light strongly to the left, more than glucose rotates it to the right, so the equimolar mixture rotates light to the left. The sign of rotation is 'inverted', hence invert sugar, used in confectionery because it resists crystallisation."),
("How many grams of sodium chloride are needed to make 250 mL of a 0.200 mol/L solution?",
 "First find the moles: n = c × V = 0.200 mol/L × 0.250 L = 0.0500 mol. Sodium chloride's molar mass is about 58.44 g/mol (22.99 + 35.45). Mass = 0.0500 × 58.44 ≈ 2.92 g. In practice, you would dissolve this mass in less than 250 mL of water, transfer it to a 250 mL volumetric flask and make it up to the mark, so the final volume of solution, not the water added, is 250 mL."),
("What mass of oxygen is needed to burn 32 g of methane completely?",
 "The balanced equation is CH4 + 2O2 → CO2 + 2H2O. Methane's molar mass is about 16 g/mol, so 32 g is 2.0 mol. The equation requires two moles of O2 per mole of methane, so 4.0 mol of O2 is needed. O2 has a molar mass of 32 g/mol, so the mass of oxygen is 4.0 × 32 = 128 g. That is four times the mass of the fuel burned."),
("How much calcium oxide can be made by heating 50 g of calcium carbonate?",
 "The equation is CaCO3 → CaO + CO2, a 1:1 mole ratio. Calcium carbonate has a molar mass of about 100 g/mol (40 + 12 + 48), so 50 g is 0.50 mol. This gives at most 0.50 mol of calcium oxide, whose molar mass is about 56 g/mol, so the theoretical yield is 0.50 × 56 = 28 g. The remaining 22 g of mass leaves as carbon dioxide gas."),
("What is the molar mass of sulfuric acid, H2SO4?",
 "Add the atomic masses: hydrogen 2 × 1.008 = 2.016, sulfur 32.06, and oxygen 4 × 16.00 = 64.00. The total is about 98.08 g/mol, often rounded to 98 g/mol. So 49 g of sulfuric acid is 0.50 mol. Because the acid is diprotic, 0.50 mol of H2SO4 can neutralise 1.0 mol of sodium hydroxide."),
("Rank HF, HCl, HBr and HI by boiling point and explain the order.",
 "The order is HF (about 20 °C) > HI (about −35 °C) > HBr (about −67 °C) > HCl (about −85 °C). From HCl to HI, molecules get larger with more electrons, so dispersion forces increase and boiling points rise, even though polarity decreases. HF breaks the trend because the small, highly electronegative fluorine allows strong hydrogen bonding between HF molecules, which outweighs the weaker dispersion forces of the lighter molecule."),
("Why is ethanol able to dissolve both polar and some non-polar substances?",
 "Ethanol, CH3CH2OH, has two parts. Its hydroxyl group is polar and can form hydrogen bonds, so ethanol mixes with water and dissolves polar compounds and some salts to a limited degree. Its ethyl group is a short non-polar hydrocarbon chain that interacts with non-polar molecules through dispersion forces. This dual character makes ethanol a useful solvent for perfumes, medicines and plant extracts that contain both polar and non-polar components."),
("How can you distinguish an aldehyde from a ketone chemically?",
 "Aldehydes have a hydrogen on the carbonyl carbon and are easily oxidised to carboxylic acids; ketones are not oxidised under mild conditions. With Tollens' reagent (ammoniacal silver nitrate), an aldehyde reduces Ag+ to silver metal, forming a silver mirror, while a ketone gives no change. With Fehling's or Benedict's solution, aliphatic aldehydes reduce blue Cu2+ to a brick-red precipitate of copper(I) oxide, whereas ketones generally do not. Acidified dichromate also turns green with aldehydes."),
("What functional groups are present in glucose?",
 "In its open-chain form, glucose, C6H12O6, has an aldehyde group at carbon 1 and hydroxyl groups on the other five carbons, making it an aldohexose. In water, almost all glucose exists as a six-membered ring formed when the hydroxyl on carbon 5 adds to the aldehyde, creating a hemiacetal. The ring form has five hydroxyl groups and a ring ether oxygen. Its many hydroxyl groups make glucose very soluble in water."),
("Name the functional group in CH3CN and describe its chemistry.",
 "CH3CN is ethanenitrile, commonly called acetonitrile. Its functional group is the nitrile, –C≡N, a carbon triple-bonded to nitrogen. The carbon is sp hybridised, so the C–C≡N unit is linear, and the bond is very polar, making acetonitrile a useful polar aprotic solvent. Nitriles can be hydrolysed by heating with acid or alkali, first to amides and then to carboxylic acids, and they can be reduced to primary amines."),
("Why does nylon absorb more water than polyethylene?",
 "Nylon is a polyamide, so its chains contain many –CO–NH– groups. The N–H and C=O parts can form hydrogen bonds with water molecules, which can therefore enter the amorphous regions of the polymer; nylon-6,6 can absorb a few percent of its weight in water, slightly changing its stiffness and dimensions. Polyethylene has only non-polar C–H and C–C bonds with nothing for water to hydrogen bond to, so it absorbs almost no water."),
("Why are transition metals and their compounds often good catalysts?",
 "Transition metals have partly filled d orbitals and can switch easily between oxidation states, so they can accept electrons from one reactant and give them to another in a catalytic cycle, as vanadium does in the Contact process. Their surfaces can also adsorb molecules using d orbitals, weakening bonds in reactants such as H2 or N2 and holding them close together. Nickel in hydrogenation, iron in ammonia synthesis and platinum in catalytic converters all rely on this."),
("What does a Michaelis–Menten curve show about enzyme kinetics?",
 "A Michaelis–Menten plot shows reaction rate against substrate concentration. At low substrate concentration, the rate rises almost linearly, because many active sites are free. As concentration increases, active sites fill up and the curve levels off towards a maximum rate, Vmax, where the enzyme is saturated and the rate becomes nearly independent of substrate concentration. The Michaelis constant, Km, is the substrate concentration giving half of Vmax; a lower Km generally indicates higher affinity."),
("How do competitive and non-competitive enzyme inhibitors differ?",
 "A competitive inhibitor resembles the substrate and binds reversibly to the active site, blocking substrate binding. Its effect can be overcome by adding more substrate, so Vmax is unchanged but the apparent Km increases. A non-competitive inhibitor binds elsewhere on the enzyme, changing its shape or activity so the active site works less well. Adding more substrate cannot overcome it, so Vmax decreases. Many drugs work as enzyme inhibitors, for example statins inhibiting HMG-CoA reductase competitively."),
("Dissolving ammonium nitrate in water absorbs heat. Why does it still happen spontaneously?",
 "Spontaneity depends on ΔG = ΔH − TΔS, not on ΔH alone. Dissolving ammonium nitrate is endothermic, with ΔH of about +26 kJ/mol, so the solution gets cold, which is why it is used in instant cold packs. However, breaking up the ordered crystal into freely moving, dispersed ions in solution greatly increases entropy. At room temperature, the TΔS term is larger than ΔH, so ΔG is negative and the salt dissolves spontaneously."),
("What is a standard enthalpy of formation?",
 "The standard enthalpy of formation, ΔfH°, is the enthalpy change when one mole of a compound forms from its elements in their standard states under standard conditions (1 bar, usually at 298 K). By definition, elements in their standard states, such as O2(g) or graphite, have ΔfH° = 0. For liquid water it is about −286 kJ/mol, and for carbon dioxide about −394 kJ/mol. Tabulated values let you calculate reaction enthalpies using Hess's law."),
("Predict the sign of the entropy change for 2H2(g) + O2(g) → 2H2O(l).",
 "The entropy change is negative. The reactants are three moles of gas, which have high entropy because gas molecules move freely and occupy a large volume. The product is two moles of liquid, which is far more ordered and has much lower entropy. Fewer particles and a change from gas to liquid both decrease entropy. The reaction is still spontaneous at room temperature because it is very exothermic, so ΔH dominates in ΔG = ΔH − TΔS."),
("Why does food last longer in a refrigerator?",
 "Food spoilage is caused by chemical reactions, such as oxidation of fats, and by the growth of bacteria and fungi, which depend on enzyme-catalysed reactions. Lowering the temperature from about 20 °C to about 4 °C means fewer molecular collisions have enough energy to overcome the activation energy, so these reactions slow considerably. Microbial growth also slows greatly. Freezing slows reactions further and stops liquid water from being available for microbes."),
("A reaction is second order in A. What happens to the rate if [A] is tripled?",
 "For a reaction that is second order in A, rate = k[A]^2, assuming the other concentrations are kept constant. Tripling [A] multiplies the rate by 3^2 = 9, so the reaction becomes nine times faster. By comparison, for a first-order dependence the rate would triple, and for zero order it would not change. The rate constant k is unchanged, because it depends on temperature, not on concentration."),
("What is the difference between a transition state and a reaction intermediate?",
 "A transition state is the highest-energy arrangement of atoms along a reaction step, at the peak of the energy profile, where bonds are partly broken and partly formed. It exists only fleetingly and cannot be isolated. An intermediate is a real species formed in one step and consumed in a later step, such as a carbocation. It sits in a dip, a local energy minimum, between two transition states, and it can sometimes be detected or even isolated."),
("Why is fluorine's first electron affinity less exothermic than chlorine's?",
 "You might expect fluorine to release more energy on gaining an electron, since it is more electronegative. However, fluorine is very small, and its 2p subshell is compact and crowded. An incoming electron experiences strong repulsion from the electrons already there, which offsets part of the nuclear attraction. In the larger chlorine atom, the 3p electrons are more spread out, so repulsion is smaller. Fluorine's electron affinity is about −328 kJ/mol, chlorine's about −349 kJ/mol."),
("Why does magnesium have a higher first ionisation energy than aluminium?",
 "Magnesium's outer electrons are in the 3s subshell, whereas aluminium's outermost electron is a single 3p electron. A 3p electron is higher in energy, lies slightly further from the nucleus on average and is partly shielded by the filled 3s electrons. Despite aluminium having one more proton, its 3p electron is easier to remove. Magnesium's first ionisation energy is about 738 kJ/mol, compared with about 578 kJ/mol for aluminium."),
("Describe the trend in reactivity of group 2 metals with water.",
 "Reactivity increases down group 2 because the two outer electrons are further from the nucleus and more shielded, so they are lost more easily. Beryllium does not react with water, even steam, under normal conditions. Magnesium reacts very slowly with cold water but burns in steam to form MgO and H2. Calcium reacts steadily with cold water: Ca + 2H2O → Ca(OH)2 + H2. Strontium and barium react more vigorously still, forming increasingly soluble hydroxides."),
("Why is glycine the only standard amino acid that is not chiral?",
 "A carbon atom is a stereocentre when it carries four different groups. In most amino acids, the alpha carbon carries an amino group, a carboxyl group, a hydrogen atom and a distinctive side chain, so it is chiral and the amino acid exists as L and D forms, with proteins using the L form. In glycine, the side chain is simply a hydrogen atom, so the alpha carbon has two identical hydrogens and its mirror image is superimposable."),
("How does pH affect enzyme activity at the chemical level?",
 "Enzyme activity depends on the charges of ionisable side chains such as aspartate, glutamate, histidine and lysine, both in the active site and elsewhere. Changing pH adds or removes protons from these groups, altering their charges. This can stop key residues acting as proton donors or acceptors, weaken substrate binding, and disrupt ionic interactions and hydrogen bonds that hold the protein's shape. Each enzyme has an optimum pH; pepsin works near pH 2, most cytoplasmic enzymes near pH 7."),
("Why does adding salt to water raise its boiling point?",
 "Dissolved particles lower the vapour pressure of the water, because fewer solvent molecules are at the surface and mixing increases the entropy of the liquid, making escape to the vapour less favourable. The solution must therefore be heated above 100 °C before its vapour pressure reaches 1 atm. This is a colligative property: it depends on the number of dissolved particles, not their identity. The effect is small, about 0.5 °C per mole of dissolved particles per kilogram of water."),
]


# ---------------------------------------------------------------- writing and validation
MIN_WORDS, MAX_WORDS = 40, 120
N_TRAIN, N_HELDOUT = 200, 50


def words(text):
    return len(text.split())


STOP = set("a an the of in and or to is are what why how does do with for it its this that be as by on at from "
           "give example explain describe write use using which when".split())


def tokens(text):
    return set(re.findall(r"[a-z0-9]+", text.lower())) - STOP


def jaccard(a, b):
    return len(a & b) / max(1, len(a | b))


def to_record(user, assistant):
    return {"messages": [{"role": "user", "content": user},
                         {"role": "assistant", "content": assistant}],
            "domain": DOMAIN}


def write(path, pairs):
    with open(path, "w", encoding="utf-8") as f:
        for u, a in pairs:
            f.write(json.dumps(to_record(u, a), ensure_ascii=False) + "\n")


def validate(path, expected):
    recs = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            r = json.loads(line)  # raises if a line does not parse
            assert set(r) == {"messages", "domain"} and r["domain"] == DOMAIN, (path, i)
            m = r["messages"]
            assert [x["role"] for x in m] == ["user", "assistant"], (path, i)
            assert all(isinstance(x["content"], str) and x["content"].strip() for x in m), (path, i)
            recs.append(r)
    assert len(recs) == expected, (path, len(recs), expected)
    return recs


def main():
    problems = []
    for name, pairs in (("train", TRAIN), ("heldout", HELDOUT)):
        for u, a in pairs:
            n = words(a)
            if not MIN_WORDS <= n <= MAX_WORDS:
                problems.append(f"{name}: answer length {n} words: {u[:60]}")
            if a.lstrip().startswith("#") or "\n#" in a or "**" in a:
                problems.append(f"{name}: markdown in answer: {u[:60]}")
    if len(TRAIN) != N_TRAIN or len(HELDOUT) != N_HELDOUT:
        problems.append(f"counts {len(TRAIN)}/{len(HELDOUT)}, want {N_TRAIN}/{N_HELDOUT}")

    all_pairs = [("train", u, a) for u, a in TRAIN] + [("heldout", u, a) for u, a in HELDOUT]
    prompts = [u.strip().lower() for _, u, _ in all_pairs]
    if len(set(prompts)) != len(prompts):
        problems.append("duplicate user prompts")
    answers = [a.strip().lower() for _, _, a in all_pairs]
    if len(set(answers)) != len(answers):
        problems.append("duplicate answers")

    # near-duplicate scan on prompts and answers (word-set Jaccard)
    toks_u = [tokens(u) for _, u, _ in all_pairs]
    toks_a = [tokens(a) for _, _, a in all_pairs]
    worst_u = worst_a = (0.0, None, None)
    for i in range(len(all_pairs)):
        for j in range(i + 1, len(all_pairs)):
            ju = jaccard(toks_u[i], toks_u[j])
            ja = jaccard(toks_a[i], toks_a[j])
            if ju > worst_u[0]:
                worst_u = (ju, i, j)
            if ja > worst_a[0]:
                worst_a = (ja, i, j)
            if ju >= 0.75:
                problems.append(f"near-duplicate prompts ({ju:.2f}): {all_pairs[i][1][:50]} | {all_pairs[j][1][:50]}")
            if ja >= 0.5:
                problems.append(f"near-duplicate answers ({ja:.2f}): {all_pairs[i][1][:50]} | {all_pairs[j][1][:50]}")

    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)

    train_path = os.path.join(HERE, "train.jsonl")
    held_path = os.path.join(HERE, "heldout.jsonl")
    write(train_path, TRAIN)
    write(held_path, HELDOUT)
    tr = validate(train_path, N_TRAIN)
    he = validate(held_path, N_HELDOUT)

    for name, recs in (("train", tr), ("heldout", he)):
        aw = [words(r["messages"][1]["content"]) for r in recs]
        uw = [words(r["messages"][0]["content"]) for r in recs]
        print(f"{name}: {len(recs)} lines | answer words min {min(aw)} / mean {statistics.mean(aw):.1f} / "
              f"median {statistics.median(aw)} / max {max(aw)} | prompt words min {min(uw)} / max {max(uw)}")
    print(f"max prompt Jaccard {worst_u[0]:.2f}: {all_pairs[worst_u[1]][1][:55]!r} vs {all_pairs[worst_u[2]][1][:55]!r}")
    print(f"max answer Jaccard {worst_a[0]:.2f}: {all_pairs[worst_a[1]][1][:55]!r} vs {all_pairs[worst_a[2]][1][:55]!r}")
    print("OK: all lines parse, counts exact, no duplicate prompts, lengths in range")


if __name__ == "__main__":
    main()
