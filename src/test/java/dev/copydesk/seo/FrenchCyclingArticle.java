package dev.copydesk.seo;

import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.Source;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A French news article of a bit over 700 words, written for these tests (people and figures are invented), with
 * four subheadings, two images (one without alt text) and a supported keyphrase suggestion.
 */
final class FrenchCyclingArticle {

    static final String TITLE = "Lyon va tripler son réseau de pistes cyclables d'ici 2030";
    static final String STANDFIRST = "La métropole de Lyon a présenté jeudi un plan de 120 millions d'euros pour "
            + "tripler la longueur de ses pistes cyclables d'ici 2030. Les commerçants redoutent des années de travaux.";
    static final String SUGGESTED_KEYPHRASE = "pistes cyclables";
    static final String SUGGESTED_META = "Lyon accélère sur le vélo.";
    static final String SOURCE_URL = "https://wire.example.org/2025/03/14/lyon-velo";
    static final OffsetDateTime PUBLISHED_AT = OffsetDateTime.of(2025, 3, 14, 9, 30, 0, 0, ZoneOffset.ofHours(1));
    static final String LEAD_IMAGE_URL = "https://img.example.org/lyon-velo.jpg";
    static final String LEAD_IMAGE_CAPTION = "Une piste cyclable bidirectionnelle sur les quais du Rhône, à Lyon, "
            + "un matin de semaine, quelques minutes avant l'heure de pointe.";
    static final String SECOND_IMAGE_URL = "https://img.example.org/croix-rousse.jpg";
    static final String SECOND_IMAGE_ALT = "Commerces de la Croix-Rousse";

    static final String[] INTRODUCTION = {
            "Le vélo change d'échelle à Lyon. Jeudi soir, le conseil de la métropole a adopté un plan qui prévoit de "
                    + "porter le réseau de pistes cyclables de 600 à 1 800 kilomètres d'ici la fin de la décennie. "
                    + "Le projet, débattu pendant près de quatre heures, a été voté par 98 voix contre 52.",
            "Pour Claire Vernet, vice-présidente chargée des mobilités, il s'agit de « rattraper un retard » sur les "
                    + "grandes villes européennes. « Aujourd'hui, un Lyonnais sur dix se rend au travail à vélo. Nous "
                    + "voulons qu'ils soient un sur quatre en 2030 », a-t-elle expliqué devant les élus. Le plan "
                    + "s'appuie sur une enquête menée l'an dernier auprès de 12 000 habitants, dont une majorité "
                    + "déclarait renoncer au vélo faute d'itinéraires sûrs.",
    };
    static final String BUDGET_HEADING = "Un budget de 120 millions d'euros";
    static final String[] BUDGET = {
            "L'essentiel de l'enveloppe, soit 85 millions d'euros, financera des pistes cyclables séparées de la "
                    + "circulation automobile par des bordures ou des bandes plantées. Le reste ira au stationnement "
                    + "sécurisé, avec 15 000 nouvelles places dans les gares et les parkings relais, ainsi qu'à la "
                    + "signalisation et à l'entretien du réseau existant.",
            "La métropole compte sur l'État et la région pour couvrir un tiers de la dépense. Un dossier a été déposé "
                    + "au titre du fonds national pour les mobilités actives, dont la réponse est attendue avant "
                    + "l'été. Sans cet apport, certains tronçons seraient reportés, a prévenu l'exécutif.",
            "Le montant représente près de 8 % du budget d'investissement annuel de la collectivité. L'opposition "
                    + "estime qu'il aurait mieux valu renforcer d'abord les lignes de bus, encore saturées aux heures "
                    + "de pointe dans plusieurs communes de l'est lyonnais.",
    };
    static final String MERCHANTS_HEADING = "Les commerçants inquiets";
    static final String[] MERCHANTS = {
            "À la Croix-Rousse comme dans le quartier de la Guillotière, les commerçants craignent de perdre des "
                    + "clients pendant les chantiers. « Nous ne sommes pas contre les pistes cyclables, mais trois ans "
                    + "de travaux devant nos vitrines, aucune boutique ne peut le supporter », estime Marc Delorme, "
                    + "qui préside une association de commerçants du plateau.",
            "La métropole promet une charte des chantiers, des travaux de nuit sur les axes les plus fréquentés et un "
                    + "fonds d'indemnisation de deux millions d'euros. Les premières réunions de concertation doivent "
                    + "se tenir au printemps dans chaque arrondissement concerné.",
            "Plusieurs élus de l'opposition ont dénoncé un plan « dogmatique », qui supprimerait près de 4 000 places "
                    + "de stationnement en surface. La majorité répond que la plupart seront compensées par des "
                    + "places en parking souterrain, souvent sous-occupées aujourd'hui.",
    };
    static final String SCHEDULE_HEADING = "Un calendrier jugé serré";
    static final String[] SCHEDULE = {
            "Les travaux commenceront dès l'automne sur les grands axes qui relient la périphérie au centre. Une "
                    + "première ligne express doit relier Vaulx-en-Velin à la Part-Dieu en 2026, suivie d'une liaison "
                    + "entre Vénissieux et Perrache l'année suivante.",
            "Les associations d'usagers saluent l'ambition mais doutent du rythme. « Construire plus de 150 kilomètres "
                    + "de pistes cyclables par an, aucune ville française ne l'a jamais fait », relève Sophie Arnaud, "
                    + "porte-parole d'un collectif de cyclistes. Elle demande un bilan public chaque année pour "
                    + "vérifier que les engagements sont tenus.",
            "Pour tenir les délais, la métropole prévoit de recruter une vingtaine d'ingénieurs et de techniciens "
                    + "supplémentaires. Les marchés publics seront découpés en lots plus petits afin d'ouvrir les "
                    + "appels d'offres aux entreprises locales, souvent écartées des grands chantiers faute de moyens.",
    };
    static final String FIGURES_HEADING = "Ce que disent les chiffres";
    static final String[] FIGURES = {
            "Selon les compteurs installés par la métropole, la fréquentation des pistes cyclables a progressé de "
                    + "18 % en un an, avec des pics à plus de 9 000 passages par jour sur les quais du Rhône. Le "
                    + "trafic automobile a reculé de 6 % sur la même période dans le centre.",
            "En 2019, la part modale du vélo ne dépassait pas 3 % dans l'agglomération. Elle atteint aujourd'hui "
                    + "7 %, un niveau comparable à celui de Grenoble ou de Nantes, mais encore loin des 20 % observés "
                    + "dans certaines villes allemandes.",
            "Les urbanistes rappellent toutefois que la part du vélo dépend autant de la continuité des itinéraires "
                    + "que de leur longueur. Un réseau fragmenté, coupé par des carrefours dangereux, décourage les "
                    + "nouveaux cyclistes, notamment les parents qui accompagnent leurs enfants à l'école.",
            "Le plan sera présenté aux habitants lors d'une série de réunions publiques à partir du mois d'avril. "
                    + "Les cartes détaillées des tracés seront mises en ligne sur le site de la métropole, où chacun "
                    + "pourra proposer des modifications pendant six semaines.",
    };

    private FrenchCyclingArticle() {
    }

    static ArticleBuilder builder() {
        return new ArticleBuilder()
                .id("wire-2025-0314-lyon")
                .locale("fr-FR")
                .title(TITLE)
                .standfirst(STANDFIRST)
                .section(null, INTRODUCTION)
                .section(BUDGET_HEADING, BUDGET)
                .section(MERCHANTS_HEADING, MERCHANTS)
                .section(SCHEDULE_HEADING, SCHEDULE)
                .section(FIGURES_HEADING, FIGURES)
                .images(new ArticleImage(LEAD_IMAGE_URL, LEAD_IMAGE_CAPTION, "Photo Agence Exemple", null),
                        new ArticleImage(SECOND_IMAGE_URL, null, null, SECOND_IMAGE_ALT))
                .hints(null, SUGGESTED_KEYPHRASE, SUGGESTED_META)
                .source(new Source(SOURCE_URL, "Agence Exemple", PUBLISHED_AT, "Jeanne Martin"))
                .minWords(700);
    }

    static ArticleBuilder needingReview() {
        return builder().needsReview(GateResult.pass("target-language", "French"),
                GateResult.fail("min-words", "612 words, 700 asked"));
    }
}
