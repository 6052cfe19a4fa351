// Demo data for the knowledge network: werkmodellen, draaiboeken, statuten, publicaties, subsidies and
// investments, instruments, opleidingen, smart services, the project bank and news, by the network, the
// city coop and the member organisations, shared at every scope (organisation, city, network, public) so
// that each demo account finds something else. Everything goes through the use cases as the system, so it
// is what the app itself makes: a first version for every item, a second version with a note for a few,
// and projects that another coop took over ("use this project"). Fictional, deterministic; the dates of
// deadlines and news move with the day of seeding.
import { systemActor } from '../shared/actor.ts';
import { addDays, today } from '../shared/clock.ts';
import { createItem, updateItem, useProject } from '../modules/knowledge/knowledge.usecases.ts';

const system = systemActor('demo seed');

/** The organisations of demo.ts, in the order of its ORGS list. */
export interface KnowledgeSeedOrgs {
	network: string;
	city: string;
	/** Overvecht Samen, Lombok Helpt, Zorgcoöperatie Leidsche Rijn, BBBO Kanaleneiland, Stadsdorp Oost. */
	members: string[];
}

type Author = 'network' | 'city' | 'overvecht' | 'lombok' | 'leidscheRijn' | 'kanaleneiland' | 'oost';

/** Form values as the item form sends them (amounts in euros, dates as YYYY-MM-DD). */
type Values = Record<string, string>;

interface Seed {
	by: Author;
	values: Values;
	/** A second version: the changed fields and the note that says why. */
	change?: { values: Values; note: string };
}

/** The items, with dates counted from `t` (the day of seeding). */
function items(t: string): Seed[] {
	const day = (days: number) => addDays(t, days);
	return [
		// ------------------------------------------------------------ werkmodellen
		{
			by: 'network',
			values: {
				type: 'werkmodel',
				title: 'Werkmodel wijkcoöperatie: van initiatief tot coöperatie',
				summary:
					'In vijf stappen van een groepje actieve bewoners naar een wijkcoöperatie met leden, een bestuur en vaste diensten.',
				theme: 'organisatie_bestuur',
				tags: 'oprichten, coöperatie, stappenplan, bestuur',
				scope: 'public',
				body: `## Voor wie is dit werkmodel?
Voor bewoners die samen iets willen regelen in hun wijk. Bijvoorbeeld vervoer, maaltijden of hulp bij klussen. U hoeft geen ervaring te hebben.

## De vijf stappen
1. **Begin klein.** Kies één dienst die buren echt nodig hebben. Vraag rond wat er speelt.
2. **Zoek mensen.** Zoek minstens vijf bewoners die mee willen doen. Zoek ook een professional, zoals de wijkverpleging of het buurtteam.
3. **Maak afspraken.** Schrijf op wat u doet, voor wie en wie waarvoor zorgt.
4. **Richt de coöperatie op.** Ga naar de notaris met de modelstatuten. Kies een bestuur van drie personen.
5. **Groei.** Werf leden, voeg diensten toe en maak afspraken met gemeente en zorgverzekeraar.

## Tips
- Vier elke stap. Een kop koffie met de buren helpt al.
- Houd de contributie laag, bijvoorbeeld € 12 per jaar.
- Vraag hulp bij het netwerk: u hoeft het wiel niet opnieuw uit te vinden.`,
				contactName: 'Team Kennis 500WIJKCOÖPERATIES',
				contactEmail: 'kennis@500wijkcooperaties.example'
			},
			change: {
				values: {
					summary:
						'In vijf stappen van een groepje actieve bewoners naar een wijkcoöperatie met leden, een bestuur en vaste diensten. Met tips uit twintig wijken.'
				},
				note: 'Samenvatting aangevuld na de landelijke dag.'
			}
		},
		{
			by: 'network',
			values: {
				type: 'werkmodel',
				title: 'Buurtcirkel',
				summary:
					'Een kleine groep buren met een hulpvraag steunt elkaar, met hulp van een vaste vrijwilliger. Zo blijven mensen langer zelfstandig thuis wonen.',
				theme: 'zorg_welzijn',
				tags: 'buurtcirkel, zelfstandig wonen, eenzaamheid',
				scope: 'network',
				body: `## Wat is een buurtcirkel?
Een buurtcirkel is een groep van acht tot twaalf buren. Zij hebben allemaal wel eens hulp nodig. Een vaste vrijwilliger, de cirkelcoach, helpt de groep op weg.

## Hoe werkt het?
- De groep komt eens per twee weken bij elkaar.
- Buren helpen elkaar met kleine dingen: een boodschap, een lamp vervangen, samen wandelen.
- De cirkelcoach komt eens per week langs en houdt contact met het buurtteam.

## Wat heeft u nodig?
- Een cirkelcoach (vrijwilliger of betaalde kracht, ongeveer 4 uur per week).
- Een plek om samen te komen, zoals het buurthuis.
- Een klein budget voor koffie en uitjes: ongeveer € 500 per jaar.`
			}
		},
		{
			by: 'city',
			values: {
				type: 'werkmodel',
				title: 'Wijkinformatiepunt',
				summary:
					'Een vaste plek in de wijk waar bewoners met al hun vragen terechtkunnen: over geld, zorg, wonen en meedoen. Vrijwilligers helpen en verwijzen door.',
				theme: 'samenwerking',
				tags: 'wijkinformatiepunt, loket, doorverwijzen',
				scope: 'city',
				body: `## Waarom een wijkinformatiepunt?
Veel bewoners weten niet waar ze moeten beginnen met een vraag. Bij het wijkinformatiepunt hoeven ze maar één keer hun verhaal te doen.

## Zo richt u het in
- Twee vaste ochtenden per week, altijd op dezelfde plek.
- Twee vrijwilligers per dienst. Zij krijgen de training *Doorverwijzen in de wijk*.
- Een map met telefoonnummers van buurtteam, schuldhulp, huisarts en woningcorporatie.

## Samenwerken
Maak afspraken met het buurtteam: wie belt wie terug, en binnen hoeveel dagen?`,
				contactName: 'Sem Stad',
				contactEmail: 'info@samen030.example',
				contactPhone: '030 200 00 30'
			}
		},
		{
			by: 'lombok',
			values: {
				type: 'werkmodel',
				title: 'Fietsmaatjes: samen op de fiets',
				summary:
					'Een vrijwilliger en een oudere of iemand met een beperking fietsen samen op een duofiets. Zo komen mensen weer buiten.',
				theme: 'vervoer',
				tags: 'fiets, duofiets, ouderen, buiten',
				scope: 'public',
				body: `## Het idee
Veel ouderen fietsen niet meer, omdat het te zwaar of te eng is. Op een duofiets zitten twee mensen naast elkaar. De vrijwilliger stuurt, de ander trapt mee als het lukt.

## Wat heeft u nodig?
- Een duofiets. Een nieuwe kost ongeveer € 9.000. Een gebruikte vaak de helft.
- Een veilige plek om de fiets te stallen en op te laden.
- Vrijwilligers die graag fietsen. Geef ze eerst een proefrit.

## Afspraken
- Plan een rit via de coördinator, minstens twee dagen vooraf.
- Fiets alleen bij droog weer en niet harder dan 15 km per uur.
- Laat de fiets eens per jaar nakijken bij de fietsenmaker.`,
				contactName: 'Lars Lombok',
				contactEmail: 'hallo@lombok-helpt.example'
			}
		},
		{
			by: 'overvecht',
			values: {
				type: 'werkmodel',
				title: 'Boodschappenservice met vrijwilligers',
				summary:
					'Zo regelen wij in Overvecht dat bewoners die slecht ter been zijn toch hun boodschappen krijgen: vaste vrijwilligers, vaste dagen, een vast lijstje.',
				theme: 'vrijwilligers',
				tags: 'boodschappen, vrijwilligers, ouderen',
				scope: 'organisation',
				body: `## Zo werkt het bij ons
- De bewoner belt op maandag of dinsdag het wijkinformatiepunt met het lijstje.
- Op woensdag doet een vaste vrijwilliger de boodschappen.
- De bewoner betaalt met een boodschappenpas of contant, met bonnetje.

## Let op
- Spreek een maximum bedrag af, bijvoorbeeld € 60.
- Werk met twee vrijwilligers per bewoner, dan is er altijd vervanging.`
			}
		},
		{
			by: 'kanaleneiland',
			values: {
				type: 'werkmodel',
				title: 'Energiecoaches in de wijk',
				summary:
					'Bewoners leren andere bewoners energie besparen. Een energiecoach komt thuis, geeft tips en brengt een gratis pakket mee.',
				theme: 'energie_duurzaam',
				tags: 'energie, besparen, energiecoach, huurders',
				scope: 'city',
				body: `## Waarom?
De energierekening is voor veel gezinnen een zorg. Met kleine dingen bespaart een huishouden al snel € 100 per jaar.

## Zo werkt het
1. Bewoners volgen een training van twee avonden.
2. Een energiecoach bezoekt een huishouden en kijkt samen met de bewoner naar het verbruik.
3. De coach brengt een pakket mee: ledlampen, tochtstrips en een radiatorfolie.
4. Na drie maanden belt de coach nog een keer.

## Tips
- Werk samen met de woningcorporatie.
- Zoek coaches die de talen van de wijk spreken.`
			}
		},

		// ------------------------------------------------------------ draaiboeken
		{
			by: 'network',
			values: {
				type: 'draaiboek',
				title: 'Draaiboek algemene ledenvergadering',
				summary:
					'Alles voor een goede ledenvergadering: de uitnodiging, de agenda, het stemmen en de notulen. Met een planning van zes weken.',
				theme: 'organisatie_bestuur',
				tags: 'alv, ledenvergadering, stemmen, notulen',
				scope: 'network',
				body: `## Zes weken vooraf
- Kies een datum en een toegankelijke zaal.
- Zet de vergadering in de agenda van de coöperatie.

## Vier weken vooraf
- Stuur de uitnodiging met de agenda. Kijk in de statuten hoe lang vooraf dat moet.
- Leg de jaarrekening en het jaarverslag ter inzage.

## Op de avond
1. Opening en vaststellen van de agenda.
2. Notulen van de vorige vergadering.
3. Jaarverslag en jaarrekening, verslag van de kascommissie.
4. Begroting en contributie.
5. Verkiezing van bestuursleden.
6. Rondvraag en sluiting.

## Daarna
- Stuur de notulen binnen vier weken naar de leden.
- Geef wijzigingen in het bestuur door aan de Kamer van Koophandel.`
			},
			change: {
				values: {
					body: `## Zes weken vooraf
- Kies een datum en een toegankelijke zaal.
- Zet de vergadering in de agenda van de coöperatie.
- Regel hulp voor leden die slecht horen of zien.

## Vier weken vooraf
- Stuur de uitnodiging met de agenda. Kijk in de statuten hoe lang vooraf dat moet.
- Leg de jaarrekening en het jaarverslag ter inzage.
- Vertel hoe leden een machtiging kunnen geven als ze niet kunnen komen.

## Op de avond
1. Opening en vaststellen van de agenda.
2. Notulen van de vorige vergadering.
3. Jaarverslag en jaarrekening, verslag van de kascommissie.
4. Begroting en contributie.
5. Verkiezing van bestuursleden.
6. Rondvraag en sluiting.

## Daarna
- Stuur de notulen binnen vier weken naar de leden.
- Geef wijzigingen in het bestuur door aan de Kamer van Koophandel.`
				},
				note: 'Machtigingen en toegankelijkheid toegevoegd.'
			}
		},
		{
			by: 'lombok',
			values: {
				type: 'draaiboek',
				title: 'Draaiboek buurtmaaltijd',
				summary:
					'Samen koken en samen eten met dertig buren. Wie doet wat, wat kost het en hoe houdt u het veilig in de keuken?',
				theme: 'voeding_gezondheid',
				tags: 'maaltijd, koken, samen eten, ontmoeten',
				scope: 'city',
				body: `## Twee weken vooraf
- Zoek vier koks en twee mensen voor de afwas.
- Maak een menu. Denk aan halal en vegetarisch.
- Hang posters op en vraag aanmeldingen tot drie dagen vooraf.

## Op de dag
- 14.00 uur: boodschappen en tafels klaarzetten.
- 15.00 uur: koken. Handen wassen, haren vast, koelkast onder 7 graden.
- 18.00 uur: samen eten.
- 20.00 uur: opruimen.

## Geld
Een maaltijd kost ongeveer € 4 per persoon. Vraag € 5, of laat mensen betalen wat ze kunnen.`,
				contactName: 'Lars Lombok',
				contactEmail: 'hallo@lombok-helpt.example'
			}
		},
		{
			by: 'lombok',
			values: {
				type: 'draaiboek',
				title: 'Draaiboek Repair Café',
				summary:
					'Eens per maand repareren vrijwilligers kapotte spullen met de eigenaar: lampen, kleding, stofzuigers en fietsen.',
				theme: 'energie_duurzaam',
				tags: 'repair café, repareren, fietsen, duurzaam',
				scope: 'public',
				body: `## Wat heeft u nodig?
- Een zaal met tafels en stopcontacten.
- Vijf tot acht reparateurs: voor elektrische apparaten, kleding, fietsen en houten spullen.
- Een gastvrouw of gastheer bij de deur, en koffie.

## Zo verloopt de middag
1. De bezoeker schrijft zich in en vertelt wat er kapot is.
2. De bezoeker repareert samen met de vrijwilliger. Zo leert hij ook iets.
3. Wat niet lukt, gaat mee met een tip.

## Veiligheid
- Test elektrische apparaten na de reparatie.
- Een fiets met kapotte remmen gaat niet de straat op.`
			}
		},
		{
			by: 'oost',
			values: {
				type: 'draaiboek',
				title: 'Draaiboek burendag',
				summary: 'Zo organiseren wij elk jaar een burendag met een lange tafel in de straat.',
				theme: 'ontmoeten',
				tags: 'burendag, straatfeest, ontmoeten',
				scope: 'organisation',
				body: `## Vooraf
- Vraag een vergunning bij de gemeente, acht weken vooraf.
- Leen tafels en stoelen bij het buurthuis.
- Vraag elke buur iets mee te nemen om te delen.

## Op de dag
- Zet de tafels om 11.00 uur klaar.
- Eet samen van 12.00 tot 15.00 uur.
- Zorg voor een plek in de schaduw en een toilet.`
			}
		},
		{
			by: 'overvecht',
			values: {
				type: 'draaiboek',
				title: 'Draaiboek digicafé voor ouderen',
				summary:
					'Elke week een ochtend waarop ouderen hulp krijgen met hun telefoon, tablet, DigiD en de app van de bank.',
				theme: 'digitaal',
				tags: 'digicafé, digid, telefoon, ouderen',
				scope: 'city',
				body: `## Opzet
- Elke dinsdag van 10.00 tot 12.00 uur in het wijkinformatiepunt.
- Drie vrijwilligers, ieder met twee of drie bezoekers.
- Geen afspraak nodig.

## Vaste onderwerpen
- Bellen en appen met de kleinkinderen.
- Inloggen met DigiD.
- Veilig bankieren: nooit uw pincode delen.

## Let op
Vrijwilligers kijken mee, maar typen geen wachtwoorden voor de bezoeker.`
			}
		},
		{
			by: 'overvecht',
			values: {
				type: 'draaiboek',
				title: 'Draaiboek kerstdiner voor alleenstaanden',
				summary: 'Concept: een warme kerstavond voor buren die de feestdagen alleen zijn.',
				theme: 'ontmoeten',
				tags: 'kerst, maaltijd, eenzaamheid',
				scope: 'city',
				status: 'draft',
				body: `## Nog uitzoeken
- Welke zaal is vrij op eerste kerstdag?
- Wie wil koken?
- Vervoer voor wie slecht ter been is.`
			}
		},

		// ------------------------------------------------------------ statuten en reglementen
		{
			by: 'network',
			values: {
				type: 'statuten',
				title: 'Modelstatuten wijkcoöperatie U.A.',
				summary:
					'Statuten voor een coöperatie met uitgesloten aansprakelijkheid (U.A.). Neem ze mee naar de notaris en pas ze aan uw wijk aan.',
				theme: 'organisatie_bestuur',
				tags: 'statuten, coöperatie, notaris, u.a.',
				scope: 'public',
				body: `## Wat regelen de statuten?
- **Doel:** de coöperatie zorgt samen met haar leden voor welzijn en zorg in de wijk.
- **Leden:** iedere bewoner van 16 jaar of ouder kan lid worden. Ook organisaties kunnen lid worden.
- **Aansprakelijkheid:** leden zijn niet aansprakelijk voor tekorten (U.A.).
- **Bestuur:** minstens drie bestuurders, gekozen door de ledenvergadering, voor vier jaar.
- **Ledenvergadering:** minstens één keer per jaar. Elk lid heeft één stem.
- **Geld:** winst gaat terug naar de wijk, niet naar de leden.

## Zo gebruikt u dit model
1. Lees het model samen met het bestuur.
2. Vul de naam, de wijk en het adres in.
3. Bespreek het met de notaris. De notaris maakt de akte.`
			},
			change: {
				values: {
					summary:
						'Statuten voor een coöperatie met uitgesloten aansprakelijkheid (U.A.). Neem ze mee naar de notaris en pas ze aan uw wijk aan. Nu met digitale ledenvergadering.'
				},
				note: 'Artikel over digitaal vergaderen en stemmen toegevoegd.'
			}
		},
		{
			by: 'network',
			values: {
				type: 'statuten',
				title: 'Huishoudelijk reglement',
				summary:
					'Model voor de afspraken die niet in de statuten staan: contributie, taken van het bestuur, declaraties en klachten.',
				theme: 'organisatie_bestuur',
				tags: 'reglement, contributie, declaraties, klachten',
				scope: 'network',
				body: `## Wat staat erin?
- **Contributie:** hoe hoog, wanneer betalen, korting voor minima.
- **Bestuur:** wie doet wat: voorzitter, secretaris, penningmeester.
- **Declaraties:** vrijwilligers krijgen kosten terug met een bonnetje, binnen twee maanden.
- **Klachten:** een lid meldt een klacht bij de secretaris. Binnen vier weken komt er antwoord.

## Tip
Laat de ledenvergadering het reglement vaststellen. Dan weet iedereen waar hij aan toe is.`
			}
		},
		{
			by: 'city',
			values: {
				type: 'statuten',
				title: 'Privacyreglement voor de ledenadministratie',
				summary:
					'Welke gegevens van leden en hulpvragers bewaren we, wie mag ze zien en hoe lang? Een model volgens de AVG.',
				theme: 'organisatie_bestuur',
				tags: 'privacy, avg, ledenadministratie',
				scope: 'city',
				body: `## Afspraken
- We bewaren alleen wat we nodig hebben: naam, adres, telefoon, en wat iemand wil doen of nodig heeft.
- Alleen de coördinator en het bestuur zien alle gegevens.
- Vrijwilligers zien alleen de gegevens van de hulpvraag die zij doen.
- Na het einde van het lidmaatschap wissen we de gegevens binnen een jaar.

## Rechten van leden
Leden mogen hun gegevens inzien, laten verbeteren of laten wissen.`
			}
		},
		{
			by: 'city',
			values: {
				type: 'statuten',
				title: 'Vrijwilligersovereenkomst (model)',
				summary:
					'Een korte overeenkomst tussen coöperatie en vrijwilliger over taken, onkosten, verzekering en geheimhouding.',
				theme: 'vrijwilligers',
				tags: 'vrijwilligers, overeenkomst, verzekering, vog',
				scope: 'city',
				body: `## Wat spreekt u af?
- Welke taken de vrijwilliger doet, en hoeveel uur ongeveer.
- Vergoeding van onkosten, bijvoorbeeld € 0,23 per kilometer.
- Dat de vrijwilliger verzekerd is via de gemeentelijke vrijwilligersverzekering.
- Geheimhouding over wat de vrijwilliger hoort en ziet.
- Een Verklaring Omtrent het Gedrag (VOG) bij werk met kwetsbare mensen.`
			}
		},

		// ------------------------------------------------------------ publicaties
		{
			by: 'network',
			values: {
				type: 'publicatie',
				title: 'Wijkcoöperaties in Nederland: stand van zaken',
				summary:
					'Hoeveel wijkcoöperaties zijn er, wat doen ze en wat hebben ze nodig? Een overzicht op basis van een enquête onder 180 coöperaties.',
				theme: 'samenwerking',
				tags: 'onderzoek, enquête, landelijk',
				scope: 'public',
				body: `## Belangrijkste uitkomsten
- De meeste coöperaties bieden vervoer, klussen en ontmoeting.
- Zes van de tien werken samen met de huisarts of de wijkverpleging.
- Het grootste probleem is geld voor vaste krachten.

## Wat vragen coöperaties aan het netwerk?
1. Voorbeelden van afspraken met gemeente en zorgverzekeraar.
2. Hulp bij het vinden van vrijwilligers.
3. Een plek om kennis te delen.`
			}
		},
		{
			by: 'network',
			values: {
				type: 'publicatie',
				title: 'Zo houdt u vrijwilligers vast',
				summary: 'Tien lessen van coördinatoren over het werven, begeleiden en bedanken van vrijwilligers.',
				theme: 'vrijwilligers',
				tags: 'vrijwilligers, werven, waardering',
				scope: 'network',
				body: `## Tien lessen
1. Vraag mensen persoonlijk. Een poster werkt minder goed.
2. Begin met een kleine, duidelijke taak.
3. Zorg voor één vast aanspreekpunt.
4. Vraag wat de vrijwilliger zelf wil leren.
5. Bedank vaak, en niet alleen met een bloemetje.
6. Organiseer twee keer per jaar iets gezelligs.
7. Houd de administratie licht.
8. Vergoed onkosten snel.
9. Laat vrijwilligers meedenken over nieuwe plannen.
10. Neem afscheid met aandacht.`
			}
		},
		{
			by: 'city',
			values: {
				type: 'publicatie',
				title: 'Eenzaamheid in Utrecht: wat bewoners zelf doen',
				summary:
					'Verhalen uit tien Utrechtse wijken over koffieochtenden, telefooncirkels en buurtmaaltijden tegen eenzaamheid.',
				theme: 'zorg_welzijn',
				tags: 'eenzaamheid, ontmoeten, verhalen',
				scope: 'public',
				body: `## Wat werkt?
- **Vaste momenten.** Elke week op dezelfde dag koffie in het buurthuis.
- **Persoonlijk contact.** Een buur die aanbelt doet meer dan een folder.
- **Iets te doen hebben.** Mensen komen eerder voor een klus of een maaltijd dan voor "gezelligheid".

## Uit de wijken
In Overvecht belt een telefooncirkel elke ochtend twintig ouderen. In Lombok eten elke week dertig buren samen.`
			}
		},
		{
			by: 'leidscheRijn',
			values: {
				type: 'publicatie',
				title: 'Samenwerken met de huisarts en de wijkverpleging',
				summary:
					'Hoe de Zorgcoöperatie Leidsche Rijn afspraken maakte met twee huisartsenpraktijken en de wijkverpleging.',
				theme: 'samenwerking',
				tags: 'huisarts, wijkverpleging, zorg, afspraken',
				scope: 'city',
				body: `## Hoe begonnen we?
We nodigden de praktijkondersteuner uit voor koffie. Zij vertelde welke patiënten vaak alleen zijn.

## Wat spraken we af?
- De huisarts kan patiënten aanmelden voor vervoer of een maatje.
- Eens per kwartaal is er overleg met de wijkverpleging.
- We delen alleen gegevens als de bewoner toestemming geeft.`
			}
		},

		// ------------------------------------------------------------ subsidies en investeringen
		{
			by: 'city',
			values: {
				type: 'subsidie',
				title: 'Gemeente Utrecht – Initiatievenfonds',
				summary: 'Geld voor bewonersinitiatieven die de buurt leuker, schoner, veiliger of socialer maken.',
				theme: 'financien',
				tags: 'subsidie, gemeente, bewonersinitiatief',
				scope: 'public',
				funder: 'Gemeente Utrecht – Initiatievenfonds',
				amountMin: '250',
				amountMax: '25000',
				deadline: day(21),
				eligibility:
					'Voor groepen bewoners en buurtorganisaties in Utrecht. Het plan is voor de buurt en staat open voor iedereen. U vraagt de subsidie minstens acht weken voor de start aan.',
				body: `## Waarvoor?
- Activiteiten die buren samenbrengen.
- Kleine projecten voor een groenere of veiligere straat.

## Tips voor de aanvraag
- Beschrijf wie er meedoen en hoeveel buren u bereikt.
- Voeg een begroting toe. Vraag niet meer dan u nodig heeft.`,
				link: 'https://initiatievenfonds.example/utrecht'
			}
		},
		{
			by: 'network',
			values: {
				type: 'subsidie',
				title: 'Fonds Buurtkracht – Samen Sterker',
				summary:
					'Een landelijk fonds voor projecten die buren met elkaar verbinden, vooral in wijken waar veel mensen alleen zijn.',
				theme: 'ontmoeten',
				tags: 'fonds, ontmoeten, eenzaamheid',
				scope: 'network',
				funder: 'Fonds Buurtkracht',
				amountMin: '5000',
				amountMax: '40000',
				deadline: day(45),
				eligibility:
					'Voor stichtingen, verenigingen en coöperaties met een ANBI-status of een sociaal doel. Het project duurt hoogstens twee jaar.',
				body: `## Waar let het fonds op?
- Bewoners doen zelf mee en beslissen mee.
- Het project gaat door als het geld op is.
- U meet wat het oplevert, bijvoorbeeld met de *Vragenlijst eenzaamheid*.`
			},
			change: {
				values: { deadline: day(52) },
				note: 'Het fonds heeft de sluitingsdatum een week verlengd.'
			}
		},
		{
			by: 'city',
			values: {
				type: 'subsidie',
				title: 'Regiofonds Utrecht – Sociale Innovatie',
				summary: 'Geld voor nieuwe samenwerkingen tussen bewoners, zorg en gemeente in de regio Utrecht.',
				theme: 'samenwerking',
				tags: 'regiofonds, innovatie, samenwerking',
				scope: 'city',
				funder: 'Regiofonds Utrecht',
				amountMin: '10000',
				amountMax: '75000',
				deadline: day(70),
				eligibility:
					'Voor samenwerkingen van minstens een bewonersorganisatie en een zorg- of welzijnsorganisatie. Het fonds betaalt hoogstens de helft van de kosten.',
				body: 'Het regiofonds steunt plannen die laten zien dat bewoners en professionals samen meer bereiken. Vraag eerst een gesprek aan met de adviseur van het fonds.'
			}
		},
		{
			by: 'network',
			values: {
				type: 'subsidie',
				title: 'Pilotbudget zorgverzekeraar: preventie in de wijk',
				summary:
					'Een zorgverzekeraar betaalt pilots die voorkomen dat ouderen zorg nodig hebben, zoals beweeggroepen en maaltijdservice.',
				theme: 'zorg_welzijn',
				tags: 'zorgverzekeraar, preventie, pilot, ouderen',
				scope: 'network',
				funder: 'Zorgverzekeraar Midden – pilotbudget preventie',
				amountMin: '20000',
				amountMax: '100000',
				deadline: day(30),
				eligibility:
					'Voor wijkcoöperaties met minstens 100 leden die samenwerken met een huisartsenpraktijk. De pilot duurt één jaar en wordt onderzocht.',
				body: `## Wat vraagt de verzekeraar?
- Een plan met een doel dat u kunt meten.
- Een afspraak met een huisartsenpraktijk.
- Na een jaar een verslag met cijfers.

## Tip
Gebruik de *Maatschappelijke businesscase* om te laten zien wat de pilot bespaart.`
			}
		},
		{
			by: 'network',
			values: {
				type: 'subsidie',
				title: 'Energiefonds Groene Buurten',
				summary:
					'Subsidie voor bewoners die samen energie besparen of opwekken, zoals energiecoaches of zonnepanelen op het buurthuis.',
				theme: 'energie_duurzaam',
				tags: 'energie, zonnepanelen, subsidie',
				scope: 'public',
				funder: 'Stichting Groene Buurten',
				amountMin: '1000',
				amountMax: '15000',
				deadline: day(-10),
				eligibility: 'Voor bewonersgroepen en coöperaties. De ronde van dit jaar is gesloten.',
				body: 'De volgende ronde opent in het voorjaar. Bereid uw plan nu alvast voor met het werkmodel *Energiecoaches in de wijk*.'
			}
		},
		{
			by: 'network',
			values: {
				type: 'subsidie',
				title: 'Investeringslening buurtvoorzieningen',
				summary:
					'Een lening met lage rente voor de aankoop of verbouwing van een buurthuis, een wijkinformatiepunt of een duofiets.',
				theme: 'financien',
				tags: 'lening, investering, buurthuis',
				scope: 'network',
				funder: 'Stichting Maatschappelijk Investeren',
				amountMin: '25000',
				amountMax: '250000',
				deadline: day(85),
				eligibility:
					'Voor coöperaties die minstens twee jaar bestaan en een sluitende begroting hebben. De lening loopt hoogstens tien jaar.',
				body: 'Aanvragen worden vier keer per jaar besproken. Stuur uw begroting, de jaarrekening van vorig jaar en een plan voor de terugbetaling mee.'
			}
		},
		{
			by: 'city',
			values: {
				type: 'subsidie',
				title: 'Stimuleringsregeling Digitaal Meedoen',
				summary:
					'Geld voor digicafés, leenlaptops en cursussen voor bewoners die moeite hebben met computers.',
				theme: 'digitaal',
				tags: 'digitaal, digicafé, cursus',
				scope: 'city',
				funder: 'Gemeente Utrecht – Digitaal Meedoen',
				amountMin: '500',
				amountMax: '7500',
				deadline: day(-25),
				eligibility: 'Voor Utrechtse buurtorganisaties. De aanvraagronde is voorbij; een nieuwe volgt.',
				body: 'Gebruik het *Draaiboek digicafé voor ouderen* voor uw volgende aanvraag.'
			}
		},
		{
			by: 'network',
			values: {
				type: 'subsidie',
				title: 'Mobiliteitsfonds Buurtvervoer',
				summary:
					'Bijdrage voor vervoer door vrijwilligers: een buurtbus, een elektrische fiets of een duofiets.',
				theme: 'vervoer',
				tags: 'vervoer, buurtbus, fiets',
				scope: 'public',
				funder: 'Mobiliteitsfonds Nederland',
				amountMin: '2500',
				amountMax: '30000',
				deadline: day(60),
				eligibility:
					'Voor coöperaties en stichtingen die vervoer regelen voor ouderen of mensen met een beperking.',
				body: 'Het fonds betaalt hoogstens 70 procent van de aankoop. Laat zien hoe u het onderhoud en de verzekering betaalt.'
			}
		},

		// ------------------------------------------------------------ instrumenten
		{
			by: 'network',
			values: {
				type: 'instrument',
				title: 'Zelfevaluatie-instrument wijkcoöperaties',
				summary:
					'Twintig vragen om samen met het bestuur te kijken waar uw coöperatie staat: leden, diensten, geld, samenwerking.',
				theme: 'organisatie_bestuur',
				tags: 'zelfevaluatie, bestuur, groei',
				scope: 'public',
				body: `## Hoe gebruikt u het?
1. Iedere bestuurder vult de vragen apart in.
2. Bespreek de antwoorden samen, bijvoorbeeld op een heidag.
3. Kies drie punten om het komende jaar aan te werken.

## De vier delen
- **Leden en vrijwilligers:** groeit het aantal? Doen ook jongere bewoners mee?
- **Diensten:** wat doet u, en voor hoeveel mensen?
- **Geld:** hoe lang kunt u verder zonder nieuwe subsidie?
- **Samenwerking:** met wie heeft u vaste afspraken?`
			},
			change: {
				values: { tags: 'zelfevaluatie, bestuur, groei, heidag' },
				note: 'Trefwoord heidag toegevoegd.'
			}
		},
		{
			by: 'network',
			values: {
				type: 'instrument',
				title: 'Vragenlijst eenzaamheid',
				summary: 'Een korte vragenlijst van zes vragen om eenzaamheid te meten, voor en na een project.',
				theme: 'zorg_welzijn',
				tags: 'eenzaamheid, vragenlijst, meten',
				scope: 'network',
				body: `## Zo gebruikt u de vragenlijst
- Neem de vragen af bij de start van het project en na een half jaar.
- Doe het in een gesprek, niet per post.
- Vraag altijd toestemming en bewaar de antwoorden zonder naam.

## De vragen (voorbeeld)
- Ik mis mensen om mij heen.
- Er zijn genoeg mensen op wie ik kan terugvallen.
- Ik voel me vaak in de steek gelaten.`
			}
		},
		{
			by: 'city',
			values: {
				type: 'instrument',
				title: 'Buurtscan: wat speelt er in uw buurt?',
				summary:
					'Een werkblad om met bewoners in kaart te brengen wat goed gaat, wat ontbreekt en wie er al actief is.',
				theme: 'samenwerking',
				tags: 'buurtscan, wijkanalyse, bewoners',
				scope: 'city',
				body: `## Stappen
1. Nodig twintig bewoners uit, jong en oud.
2. Leg een grote kaart van de buurt op tafel.
3. Plak groene stickers op plekken die goed zijn, rode op plekken die beter kunnen.
4. Schrijf op wie er al iets doet: kerk, moskee, sportclub, school.

Het resultaat is een goed begin voor een aanvraag bij het *Initiatievenfonds*.`
			}
		},
		{
			by: 'network',
			values: {
				type: 'instrument',
				title: 'Maatschappelijke businesscase (rekenmodel)',
				summary:
					'Een rekenmodel dat laat zien wat een dienst van de coöperatie kost en wat het de gemeente en de zorg bespaart.',
				theme: 'financien',
				tags: 'businesscase, rekenmodel, besparing',
				scope: 'network',
				body: `## Wat vult u in?
- De kosten van de dienst: uren, vrijwilligers, materiaal.
- Hoeveel mensen u helpt.
- Wat er zonder de dienst zou gebeuren, bijvoorbeeld thuiszorg of een opname.

## Wat krijgt u?
Een overzicht per partij: wie betaalt, en wie bespaart. Handig voor gesprekken met gemeente en zorgverzekeraar.`
			}
		},

		// ------------------------------------------------------------ opleidingen
		{
			by: 'network',
			values: {
				type: 'opleiding',
				title: 'Training coördinator vraag en aanbod',
				summary:
					'Drie ochtenden over het koppelen van hulpvragen aan vrijwilligers: het intakegesprek, de match en de nazorg.',
				theme: 'vrijwilligers',
				tags: 'training, coördinator, intake, matchen',
				scope: 'network',
				provider: 'Academie 500WIJKCOÖPERATIES',
				price: '€ 95 per persoon, gratis voor leden van het netwerk',
				body: `## Wat leert u?
- Een goed intakegesprek voeren, ook aan de telefoon.
- De juiste vrijwilliger kiezen.
- Grenzen stellen: wat doen vrijwilligers wel en niet?

Elke ochtend duurt van 9.30 tot 12.30 uur, in Utrecht.`
			}
		},
		{
			by: 'network',
			values: {
				type: 'opleiding',
				title: 'Cursus bestuur van een coöperatie',
				summary:
					'Voor nieuwe bestuursleden: wat zijn uw taken, waar bent u verantwoordelijk voor en hoe leest u een jaarrekening?',
				theme: 'organisatie_bestuur',
				tags: 'cursus, bestuur, jaarrekening',
				scope: 'public',
				provider: 'Bestuurdersschool Midden',
				price: '€ 250 per persoon (vier avonden)',
				body: `## Onderwerpen
1. De coöperatie en de wet.
2. Taken van voorzitter, secretaris en penningmeester.
3. Geld: begroting, jaarrekening, subsidies.
4. Samenwerken met leden en vrijwilligers.`
			}
		},
		{
			by: 'city',
			values: {
				type: 'opleiding',
				title: 'Workshop privacy (AVG) voor vrijwilligers',
				summary:
					'Een avond over zorgvuldig omgaan met gegevens van bewoners: wat mag u opschrijven, delen en bewaren?',
				theme: 'digitaal',
				tags: 'privacy, avg, workshop',
				scope: 'city',
				provider: 'SAMEN030',
				price: 'Gratis voor leden van SAMEN030',
				body: 'We oefenen met voorbeelden uit de praktijk: een hulpvraag doorsturen, een groepsapp, een adreslijst. Na afloop krijgt u een kaart met de belangrijkste regels.'
			}
		},
		{
			by: 'leidscheRijn',
			values: {
				type: 'opleiding',
				title: 'Training signaleren van eenzaamheid',
				summary:
					'Leer de signalen van eenzaamheid herkennen en het gesprek aangaan, voor vrijwilligers en buren.',
				theme: 'zorg_welzijn',
				tags: 'eenzaamheid, signaleren, gesprek',
				scope: 'city',
				provider: 'Zorgcoöperatie Leidsche Rijn',
				price: '€ 45 per persoon, inclusief werkboek',
				body: `## Inhoud
- Hoe ziet eenzaamheid eruit?
- Hoe begint u een gesprek?
- Naar wie verwijst u door?

Twee middagen, in het buurthuis in Terwijde.`
			}
		},

		// ------------------------------------------------------------ smart services
		{
			by: 'city',
			values: {
				type: 'smart_service',
				title: 'Buurtbus boeken via één nummer',
				summary:
					'Eén telefoonnummer en één planning voor de buurtbussen van alle Utrechtse coöperaties. Bewoners bellen, de centrale plant de rit.',
				theme: 'vervoer',
				tags: 'buurtbus, vervoer, planning',
				scope: 'city',
				provider: 'Buurtvervoer Utrecht',
				price: '€ 1,50 per rit voor de bewoner; coöperaties betalen € 400 per jaar',
				areasServed: 'Gemeente Utrecht: alle wijken',
				body: 'De centrale is open op werkdagen van 8.30 tot 16.30 uur. Vrijwillige chauffeurs zien hun ritten in een app of krijgen ze per telefoon.'
			}
		},
		{
			by: 'network',
			values: {
				type: 'smart_service',
				title: 'Gezamenlijke ledenadministratie en contributie-inning',
				summary:
					'Het netwerk regelt de ledenlijst, de automatische incasso en de jaarlijkse herinnering voor coöperaties die dat willen.',
				theme: 'financien',
				tags: 'ledenadministratie, contributie, incasso',
				scope: 'network',
				provider: 'Servicebureau 500WIJKCOÖPERATIES',
				price: '€ 1 per lid per jaar, minimaal € 150',
				areasServed: 'Heel Nederland',
				body: `## Wat krijgt u?
- Een ledenlijst die altijd klopt.
- Incasso van de contributie twee keer per jaar.
- Een overzicht voor de penningmeester.`
			}
		},
		{
			by: 'leidscheRijn',
			values: {
				type: 'smart_service',
				title: 'Telefooncirkel-service',
				summary:
					'Elke ochtend een telefoontje voor ouderen die alleen wonen. Neemt iemand niet op, dan belt de service de contactpersoon.',
				theme: 'zorg_welzijn',
				tags: 'telefooncirkel, ouderen, veiligheid',
				scope: 'city',
				provider: 'Zorgcoöperatie Leidsche Rijn',
				price: '€ 5 per deelnemer per maand',
				areasServed: 'Leidsche Rijn, Vleuten-De Meern en op aanvraag andere Utrechtse wijken',
				body: 'Vrijwilligers bellen tussen 9.00 en 10.00 uur. De deelnemer kiest zelf een contactpersoon voor als er iets mis is.'
			}
		},
		{
			by: 'kanaleneiland',
			values: {
				type: 'smart_service',
				title: 'Klussendienst met vakmensen uit de buurt',
				summary:
					'Kleine klussen in en om het huis door vakmensen en leerlingen uit de buurt, tegen een vaste lage prijs.',
				theme: 'wonen',
				tags: 'klussen, wonen, vakmensen',
				scope: 'city',
				provider: 'BBBO Kanaleneiland',
				price: '€ 15 per uur plus materiaal',
				areasServed: 'Kanaleneiland, Transwijk en Dichterswijk',
				body: 'Denk aan een kraan die lekt, een gordijnrail ophangen of een drempel weghalen. Grote verbouwingen doen we niet.'
			}
		},
		{
			by: 'lombok',
			values: {
				type: 'smart_service',
				title: 'Fietsenmaker aan huis voor duofietsen',
				summary: 'Onderhoud en reparatie van duofietsen en driewielers, bij u voor de deur.',
				theme: 'vervoer',
				tags: 'fiets, duofiets, onderhoud',
				scope: 'public',
				provider: 'Fietswerkplaats Lombok',
				price: '€ 75 voor een onderhoudsbeurt',
				areasServed: 'Utrecht West, Binnenstad en Zuidwest',
				body: 'Eens per jaar een beurt houdt uw duofiets veilig. Bij pech komen we binnen drie werkdagen.'
			}
		},

		// ------------------------------------------------------------ projectenbank
		{
			by: 'overvecht',
			values: {
				type: 'project',
				title: 'Maaltijdkring Overvecht',
				summary:
					'Buren koken om de beurt voor elkaar. Elke week eten twaalf ouderen samen een warme maaltijd.',
				theme: 'voeding_gezondheid',
				tags: 'maaltijd, ouderen, samen eten',
				scope: 'public',
				projectStatus: 'lopend',
				goal: 'Ouderen eten gezonder en zijn minder alleen.',
				targetGroup: 'Ouderen die alleen wonen in Overvecht-Noord.',
				approach: `Vier vaste koks koken om de beurt. De maaltijd is elke donderdag in het wijkinformatiepunt.
- Aanmelden tot dinsdag.
- Vervoer voor wie niet kan lopen.
- Eén keer per maand een thema-avond.`,
				budget: '6500',
				funding: 'Gemeente Utrecht – Initiatievenfonds en een eigen bijdrage van € 4 per maaltijd.',
				results: 'Na een half jaar: 14 vaste gasten, 3 nieuwe vrijwilligers.',
				body: 'Het project loopt sinds dit voorjaar. Andere wijken mogen het plan gebruiken.',
				contactName: 'Carla Coördinator',
				contactEmail: 'info@overvecht-samen.example',
				contactPhone: '030 200 10 10'
			},
			change: {
				values: {
					results:
						'Na een half jaar: 14 vaste gasten, 3 nieuwe vrijwilligers. Vier gasten zeggen dat ze zich minder alleen voelen.'
				},
				note: 'Uitkomsten van de vragenlijst eenzaamheid toegevoegd.'
			}
		},
		{
			by: 'lombok',
			values: {
				type: 'project',
				title: 'Duofiets voor ouderen',
				summary: 'Met een duofiets weer naar buiten: vrijwilligers fietsen samen met ouderen door de wijk.',
				theme: 'vervoer',
				tags: 'fiets, duofiets, ouderen, bewegen',
				scope: 'city',
				projectStatus: 'afgerond',
				goal: 'Ouderen komen vaker buiten en bewegen meer.',
				targetGroup: 'Ouderen en mensen met een beperking in Lombok en Oog in Al.',
				approach:
					'We kochten een tweedehands duofiets en trainden acht vrijwilligers. Bewoners boeken een rit via de coördinator.',
				budget: '5200',
				funding: 'Mobiliteitsfonds Buurtvervoer (70 procent) en de buurtcoöperatie.',
				results: 'In een jaar 160 ritten met 25 verschillende ouderen. De duofiets blijft in gebruik.',
				body: 'Het project is afgerond; de fiets rijdt gewoon door. Lees ook het werkmodel *Fietsmaatjes*.'
			}
		},
		{
			by: 'kanaleneiland',
			values: {
				type: 'project',
				title: 'Wijkinformatiepunt in de bibliotheek',
				summary: 'Twee ochtenden per week helpen vrijwilligers bewoners met vragen over geld, zorg en wonen.',
				theme: 'samenwerking',
				tags: 'wijkinformatiepunt, bibliotheek, vragen',
				scope: 'network',
				projectStatus: 'lopend',
				goal: 'Bewoners vinden sneller de juiste hulp.',
				targetGroup: 'Alle bewoners van Kanaleneiland, vooral wie de weg niet kent.',
				approach:
					'Samen met de bibliotheek en het buurtteam. Vrijwilligers volgden de training Doorverwijzen in de wijk.',
				budget: '12000',
				funding: 'Regiofonds Utrecht – Sociale Innovatie.',
				results: 'Gemiddeld 18 bezoekers per ochtend.'
			}
		},
		{
			by: 'leidscheRijn',
			values: {
				type: 'project',
				title: 'Mantelzorgcafé Leidsche Rijn',
				summary:
					'Elke maand een avond voor mantelzorgers: even bijpraten, informatie van een deskundige en steun van elkaar.',
				theme: 'zorg_welzijn',
				tags: 'mantelzorg, ontmoeten, steun',
				scope: 'public',
				projectStatus: 'afgerond',
				goal: 'Mantelzorgers voelen zich gesteund en raken minder overbelast.',
				targetGroup: 'Mantelzorgers in Leidsche Rijn.',
				approach: `Elke eerste dinsdag van de maand, van 19.30 tot 21.30 uur.
- Een gastspreker: de casemanager dementie, een jurist, de huisarts.
- Opvang voor de naaste als dat nodig is.`,
				budget: '3800',
				funding: 'Fonds Buurtkracht en de gemeente.',
				results: 'Gemiddeld 15 mantelzorgers per avond. Het café gaat verder als vaste activiteit.'
			}
		},
		{
			by: 'kanaleneiland',
			values: {
				type: 'project',
				title: 'Energiecoaches voor huurders',
				summary: 'Bewoners helpen buren met energie besparen in huurwoningen.',
				theme: 'energie_duurzaam',
				tags: 'energie, huurders, energiecoach',
				scope: 'city',
				projectStatus: 'lopend',
				goal: 'Lagere energierekening voor 200 huishoudens.',
				targetGroup: 'Huurders met een laag inkomen in Kanaleneiland.',
				approach:
					'Twaalf energiecoaches bezoeken huishoudens, volgens het werkmodel Energiecoaches in de wijk.',
				budget: '18000',
				funding: 'Energiefonds Groene Buurten en de woningcorporatie.',
				results: 'Tot nu toe 85 huishoudens bezocht.'
			}
		},
		{
			by: 'oost',
			values: {
				type: 'project',
				title: 'Digitaal prikbord voor het stadsdorp',
				summary: 'Idee: een eenvoudig prikbord waar buren hulp vragen en aanbieden, ook op papier in de hal.',
				theme: 'digitaal',
				tags: 'prikbord, buren, digitaal',
				scope: 'organisation',
				projectStatus: 'idee',
				goal: 'Buren vinden elkaar makkelijker voor kleine hulp.',
				targetGroup: 'Leden van Stadsdorp Oost.',
				approach: 'Eerst uitproberen met een papieren prikbord in twee flats, daarna digitaal.',
				budget: '1500'
			}
		},
		{
			by: 'overvecht',
			values: {
				type: 'project',
				title: 'Buurtklussers: kleine reparaties in huis',
				summary:
					'Vrijwillige klussers helpen bewoners met kleine reparaties, zodat ze veilig thuis kunnen blijven wonen.',
				theme: 'wonen',
				tags: 'klussen, wonen, veiligheid',
				scope: 'city',
				projectStatus: 'lopend',
				goal: 'Minder valpartijen en kleine gebreken in huis.',
				targetGroup: 'Ouderen en mensen met een beperking in Overvecht.',
				approach:
					'Zes klussers, een gereedschapskist en een vaste afspraak met de woningcorporatie over wat zij zelf doen.',
				budget: '4000',
				funding: 'Pilotbudget zorgverzekeraar: preventie in de wijk.',
				results: '120 klussen in het eerste jaar, vooral handgrepen en drempels.'
			}
		},
		{
			by: 'oost',
			values: {
				type: 'project',
				title: 'Samen bewegen in het park (50+)',
				summary:
					'Idee: elke week samen wandelen en oefeningen doen in het Wilhelminapark, onder leiding van een buurtsportcoach.',
				theme: 'voeding_gezondheid',
				tags: 'bewegen, wandelen, 50-plus',
				scope: 'city',
				projectStatus: 'idee',
				goal: 'Ouderen bewegen meer en leren buren kennen.',
				targetGroup: 'Bewoners van 50 jaar en ouder in Oost.',
				approach: 'Een proef van tien weken met de buurtsportcoach, daarna gaan vrijwilligers zelf verder.',
				budget: '2000',
				funding: 'Nog zoeken: misschien het Initiatievenfonds.'
			}
		},
		{
			by: 'kanaleneiland',
			values: {
				type: 'project',
				title: 'Ontmoetingstuin Kanaleneiland',
				summary: 'Een braakliggend veldje werd een moestuin waar buren samen tuinieren en koken.',
				theme: 'ontmoeten',
				tags: 'moestuin, ontmoeten, groen',
				scope: 'public',
				projectStatus: 'afgerond',
				goal: 'Een groene plek waar buren uit verschillende culturen elkaar ontmoeten.',
				targetGroup: 'Alle buren, vooral gezinnen en ouderen.',
				approach: `- Een ontwerp samen met de buurt.
- Dertig bakken, elk voor een gezin of een groep.
- Elke zaterdag een tuinochtend met koffie.`,
				budget: '15000',
				funding: 'Gemeente Utrecht – Initiatievenfonds en Fonds Buurtkracht.',
				results: '45 gezinnen tuinieren mee. De tuin won de Utrechtse buurtprijs.'
			}
		},

		// ------------------------------------------------------------ nieuws
		{
			by: 'network',
			values: {
				type: 'nieuws',
				title: 'Landelijke dag van de wijkcoöperatie: aanmelden kan nu',
				summary:
					'Op de landelijke dag ontmoeten bestuurders, coördinatoren en vrijwilligers uit het hele land elkaar. Aanmelden is gratis.',
				theme: 'samenwerking',
				tags: 'landelijke dag, ontmoeten',
				scope: 'public',
				publishedAt: day(-3),
				body: `## Het programma
- Workshops over geld, vrijwilligers en samenwerken met de zorg.
- Een markt met werkmodellen en projecten uit de projectenbank.

Meld u aan via de website van het netwerk.`
			}
		},
		{
			by: 'network',
			values: {
				type: 'nieuws',
				title: 'Modelstatuten vernieuwd',
				summary:
					'De modelstatuten hebben nu een artikel over digitaal vergaderen en stemmen. Bekijk de wijzigingen in de kennisbank.',
				theme: 'organisatie_bestuur',
				tags: 'statuten, kennisbank',
				scope: 'network',
				publishedAt: day(-10)
			}
		},
		{
			by: 'network',
			values: {
				type: 'nieuws',
				title: 'Vier nieuwe werkmodellen in de kennisbank',
				summary:
					'Buurtcirkel, Wijkinformatiepunt, Fietsmaatjes en Energiecoaches: vier werkmodellen die coöperaties zelf schreven.',
				theme: 'samenwerking',
				tags: 'kennisbank, werkmodellen',
				scope: 'public',
				publishedAt: day(-35)
			}
		},
		{
			by: 'city',
			values: {
				type: 'nieuws',
				title: 'SAMEN030 zoekt wijken voor pilot wijkinformatiepunt',
				summary:
					'Wil uw coöperatie een wijkinformatiepunt beginnen? SAMEN030 helpt drie wijken op weg met training en een startbudget.',
				theme: 'samenwerking',
				tags: 'wijkinformatiepunt, pilot',
				scope: 'public',
				publishedAt: day(-6)
			}
		},
		{
			by: 'city',
			values: {
				type: 'nieuws',
				title: 'Terugblik stadsbijeenkomst: tachtig bewoners praten mee',
				summary:
					'Op de stadsbijeenkomst spraken bewoners over vervoer, eenzaamheid en de nieuwe buurtbus. Lees de afspraken.',
				theme: 'samenwerking',
				tags: 'stadsbijeenkomst, afspraken',
				scope: 'city',
				publishedAt: day(-20),
				body: `## Afspraken
- SAMEN030 start met één nummer voor de buurtbus.
- Elke coöperatie kiest een contactpersoon voor eenzaamheid.`
			}
		},
		{
			by: 'city',
			values: {
				type: 'nieuws',
				title: 'Sluitingsdatum Initiatievenfonds komt dichterbij',
				summary:
					'Over drie weken sluit de ronde van het Initiatievenfonds. Heeft u hulp nodig bij uw aanvraag? Bel ons.',
				theme: 'financien',
				tags: 'subsidie, initiatievenfonds',
				scope: 'city',
				publishedAt: day(-1)
			}
		},
		{
			by: 'overvecht',
			values: {
				type: 'nieuws',
				title: 'Overvecht Samen opent tweede wijkinformatiepunt',
				summary:
					'Vanaf deze maand kunt u ook in Overvecht-Zuid terecht met uw vragen, elke woensdag en vrijdag.',
				theme: 'samenwerking',
				tags: 'wijkinformatiepunt, overvecht',
				scope: 'public',
				publishedAt: day(-2)
			}
		},
		{
			by: 'overvecht',
			values: {
				type: 'nieuws',
				title: 'Welkom aan onze nieuwe vrijwilligers',
				summary: 'Deze maand kwamen er zes vrijwilligers bij. Op de koffieochtend stellen ze zich voor.',
				theme: 'vrijwilligers',
				tags: 'vrijwilligers, welkom',
				scope: 'organisation',
				publishedAt: day(-14)
			}
		},
		{
			by: 'overvecht',
			values: {
				type: 'nieuws',
				title: 'Open dag in het wijkinformatiepunt',
				summary: 'Kom kennismaken met de vrijwilligers en drink een kop koffie mee.',
				theme: 'ontmoeten',
				tags: 'open dag',
				scope: 'public',
				publishedAt: day(4)
			}
		},
		{
			by: 'lombok',
			values: {
				type: 'nieuws',
				title: 'Repair Café repareerde veertig fietsen en lampen',
				summary:
					'In de laatste drie maanden gingen veertig kapotte spullen niet bij het afval. Vooral de fiets bleek een dankbare klant.',
				theme: 'energie_duurzaam',
				tags: 'repair café, fietsen',
				scope: 'city',
				publishedAt: day(-9)
			}
		},
		{
			by: 'lombok',
			values: {
				type: 'nieuws',
				title: 'Buurtmaaltijd nu elke woensdag',
				summary:
					'Er kwamen zoveel buren op de buurtmaaltijd af dat we nu elke week koken. Aanmelden kan tot maandag.',
				theme: 'voeding_gezondheid',
				tags: 'buurtmaaltijd, samen eten',
				scope: 'public',
				publishedAt: day(-16)
			}
		},
		{
			by: 'leidscheRijn',
			values: {
				type: 'nieuws',
				title: 'Mantelzorgers in het zonnetje gezet',
				summary: 'Op de Dag van de Mantelzorg kregen zestig mantelzorgers een bloemetje en een lunch.',
				theme: 'zorg_welzijn',
				tags: 'mantelzorg, waardering',
				scope: 'public',
				publishedAt: day(-28)
			}
		},
		{
			by: 'kanaleneiland',
			values: {
				type: 'nieuws',
				title: 'Ontmoetingstuin wint buurtprijs',
				summary:
					'De jury noemde de tuin "een plek waar de hele wijk elkaar ontmoet". Het prijzengeld gaat naar nieuwe bakken.',
				theme: 'ontmoeten',
				tags: 'buurtprijs, moestuin',
				scope: 'network',
				publishedAt: day(-40)
			}
		},
		{
			by: 'oost',
			values: {
				type: 'nieuws',
				title: 'Burendag: 120 buren aan de lange tafel',
				summary: 'Het was druk en gezellig in de Biltstraat. Dank aan iedereen die iets meebracht.',
				theme: 'ontmoeten',
				tags: 'burendag',
				scope: 'organisation',
				publishedAt: day(-55)
			}
		}
	];
}

/** Projects another coop took over with "use this project": the title and who took it. */
const TAKEN_OVER: [title: string, by: Author][] = [
	['Maaltijdkring Overvecht', 'lombok'],
	['Mantelzorgcafé Leidsche Rijn', 'oost']
];

/** The knowledge network's demo content; returns how many items it made. */
export async function seedKnowledge(orgs: KnowledgeSeedOrgs): Promise<number> {
	const [overvecht, lombok, leidscheRijn, kanaleneiland, oost] = orgs.members;
	const ids: Record<Author, string | undefined> = {
		network: orgs.network,
		city: orgs.city,
		overvecht,
		lombok,
		leidscheRijn,
		kanaleneiland,
		oost
	};
	const orgOf = (a: Author) => {
		const id = ids[a];
		if (!id) throw new Error(`demo knowledge: no organisation for ${a}`);
		return id;
	};

	// One after the other: every use case opens its own transaction, and PGlite has one connection.
	const made = new Map<string, string>();
	for (const seed of items(today())) {
		const item = await createItem(system, orgOf(seed.by), seed.values);
		made.set(seed.values.title!, item.id);
		if (seed.change)
			await updateItem(system, item.id, { ...seed.values, ...seed.change.values, note: seed.change.note });
	}
	for (const [title, by] of TAKEN_OVER) await useProject(system, made.get(title)!, orgOf(by));
	return made.size + TAKEN_OVER.length;
}
