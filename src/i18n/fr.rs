//! French (français), in the words of a UN francophone briefing, with the
//! UN's French terminology (UNTERM): envois de fonds, fuite des cerveaux,
//! codéveloppement, ODD 10.c. Field by field and key by key as `en.rs`.

use super::*;
use crate::content::{ChartId, PolicyKey, ThemeKey, View};
use migration_model::ParamId::{self, *};

pub static FR: Texts = Texts {
    lang: Lang::Fr,
    numbers: NumberTexts {
        group: '\u{202f}',
        decimal: ',',
        million: "million",
        millions: "millions",
        billion: "milliard",
        billions: "milliards",
        singular: |n| n < 2.0,
        usd: "{amount}\u{a0}dollars US",
        usd_scaled: "{amount}\u{a0}{scale} de dollars US",
        scaled: "{amount}\u{a0}{scale}",
        years: "{value}\u{a0}ans",
        per_year: "{value} par an",
        ratio: "{value}×",
    },
    title: "Migration Explorer",
    subtitle: "Ce que l’émigration coûte à un pays pauvre, ce qu’elle peut lui rapporter et ce qu’elle change pour le pays d’accueil\u{a0}: les idées du résumé A/CONF.191/L.7 de la conférence des Nations Unies (Bruxelles, 2001), dans un modèle que vous pouvez faire varier.",
    language: "Langue",
    country: "Pays",
    host_country: "Pays d’accueil",
    reset: "Revenir au scénario de référence",
    reset_assumptions: "Rétablir les hypothèses",
    preset_changed: "Pays affiché\u{a0}: {country}. Les leviers du scénario reprennent les valeurs par défaut de ce pays\u{202f}; les hypothèses que vous avez réglées sont conservées.",
    download_csv: "Télécharger les données (CSV)",
    download_png: "Télécharger «\u{a0}{title}\u{a0}» en PNG",
    download_svg: "Télécharger «\u{a0}{title}\u{a0}» en SVG",
    view,
    views_label: "Vues",
    levers_heading: "Leviers",
    advanced: "Options avancées",
    advanced_levers: "Autres leviers du scénario",
    advanced_assumptions: "Hypothèses",
    assumptions_explained: "Une hypothèse décrit le fonctionnement de l’économie. En modifier une modifie aussi le scénario de référence\u{a0}: le scénario et sa référence sont recalculés à partir des mêmes données, et l’écart entre eux reste l’effet des leviers du scénario.",
    advanced_origin: "Économie du pays d’origine",
    advanced_host: "Pays d’accueil",
    lever_set: "réglé",
    about_lever: "À propos\u{a0}: {label}",
    range: "Plage\u{a0}: de {min} à {max}.",
    default_value: "Valeur par défaut\u{a0}: {value}.",
    source: "Source\u{a0}:",
    illustrates: "Dans le document\u{a0}:",
    param,
    param_source,
    policies_heading: "Politiques évoquées dans le document",
    policy,
    policy_applied: "Politique appliquée\u{a0}: {name}. Changements\u{a0}: {changes}.",
    policy_change: "{label}\u{a0}: {from} → {to}",
    policy_no_change: "{name}\u{a0}: les leviers étaient déjà à ces valeurs\u{202f}; rien n’a changé.",
    scenario: "Scénario",
    baseline: "Référence",
    year: "Année",
    chart,
    origin_baseline: "Si rien ne change, ces ratios restent à leur niveau actuel\u{a0}: la référence, en pointillés, est plate. Les lignes pleines montrent ce que le scénario change par rapport à elle, aux prix de l’année de base\u{202f}; ce ne sont pas des prévisions.",
    origin_baseline_effects: "Si rien ne change, ces ratios restent à leur niveau actuel\u{a0}: la référence, en pointillés, est plate\u{202f}; sur les graphiques du revenu et des envois de fonds, qui montrent désormais l’effet par rapport à elle, c’est la ligne du 0. Les lignes pleines montrent ce que le scénario change, aux prix de l’année de base\u{202f}; ce ne sont pas des prévisions.",
    host_baseline: "La référence du pays d’accueil évolue même si rien ne change\u{a0}: les migrants du corridor augmentent avec la population {of_country} ({n}), et la population active {of_host} croît à son propre rythme ({n_host}).",
    surplus_change_axis: "variation depuis la première année, en points du PIB du pays d’accueil",
    surplus_outside_range: "Les immigrés représentent {share} des travailleurs\u{a0}: bien au-delà du domaine de validité de la formule du surplus, conçue pour de faibles proportions. Le graphique montre la variation depuis {year}.",
    optimum: OptimumTexts {
        current: "Taux actuel",
        optimum: "Taux optimal",
        band: "Fourchette\u{a0}: gain de cerveaux ×0,5 à ×1,5",
        x_axis: "Taux d’émigration des travailleurs qualifiés,\u{a0}% par an",
        explanation: "Pour chaque taux d’émigration des travailleurs qualifiés entre 0 et 5\u{a0}% par an, toutes choses réglées par ailleurs, le modèle note l’ensemble de la trajectoire\u{a0}: le revenu par travailleur et la part des travailleurs qualifiés, pondérée selon l’hypothèse retenue, chacun comparé à une situation sans émigration qualifiée, en moyenne sur les années, les dernières étant actualisées. L’optimum est le score le plus élevé (¶7).",
        reflects: "Cet optimum reflète les hypothèses sur le gain de cerveaux et sur le poids des compétences plus que les données du pays\u{a0}: modifiez-les dans les options avancées et observez son déplacement. C’est un outil de réflexion sur le ¶7, non un taux à atteindre.",
        unskilled_note: "L’émigration peu qualifiée n’a pas d’optimum de ce type dans ce modèle\u{a0}: le revenu par travailleur resté au pays augmente avec elle (plus de capital et plus d’envois de fonds par travailleur). Cela tient à ce que le modèle laisse de côté (séparation des familles, endettement lié au recrutement, coûts sociaux, bien-être des migrants eux-mêmes)\u{202f}; ce n’est pas une recommandation.",
    },
    summary: SummaryTexts {
        heading: "En bref",
        income: "En {year}, {in_country}, le revenu par travailleur (PIB + envois de fonds) s’établit à {value} contre {baseline} dans le scénario de référence, soit {change}, aux prix de l’année de base.",
        remittances: "En {year}, les envois de fonds reçus représentent {share} du PIB, contre {baseline_share} dans le scénario de référence\u{202f}; les coûts de transfert absorbent {cost} du PIB.",
        skills: "En {year}, les travailleurs qualifiés représentent {share} de la population active (référence\u{a0}: {baseline})\u{202f}; {rate} des personnes qualifiées du pays vivent à l’étranger.",
        host: "En {year}, les immigrés représentent {share} des travailleurs {in_host}\u{202f}; {migrants} d’entre eux viennent de ce corridor.",
        pinned: "Par rapport au scénario épinglé A, en {year}\u{a0}: un revenu par travailleur de {value} contre {a_value} ({change}), des envois de fonds de {share} du PIB contre {a_share}, et un optimum migratoire de l’émigration qualifiée de {optimum} par an contre {a_optimum}.",
        optimum_below: "L’optimum migratoire de l’émigration qualifiée est de {optimum} par an (fourchette de {low} à {high}). Le taux actuel, {current}, est inférieur à l’optimum.",
        optimum_at: "L’optimum migratoire de l’émigration qualifiée est de {optimum} par an (fourchette de {low} à {high}). Le taux actuel, {current}, correspond à l’optimum.",
        optimum_above: "L’optimum migratoire de l’émigration qualifiée est de {optimum} par an (fourchette de {low} à {high}). Le taux actuel, {current}, est supérieur à l’optimum.",
        no_optimum_falls: "Il n’y a pas d’optimum migratoire intérieur\u{a0}: le score baisse dès que l’émigration qualifiée dépasse zéro. Le taux actuel est de {current}.",
        no_optimum_rises: "Il n’y a pas d’optimum migratoire intérieur\u{a0}: le score augmente jusqu’au taux le plus élevé affiché. Le taux actuel est de {current}.",
    },
    uncertainty: UncertaintyTexts {
        switch: "Incertitude",
        explained: "Si l’incertitude est activée, les graphiques du revenu et des envois de fonds montrent l’effet par rapport à la référence, avec une bande où il se situe dans 8 tirages sur 10 des hypothèses, chacune tirée uniformément dans sa plage. La bande montre le poids des hypothèses\u{202f}; ce n’est pas une probabilité.",
        income: ChartText {
            title: "Effet sur le revenu par travailleur",
            y_axis: "% par rapport à la référence",
            note: "Revenu par travailleur (PIB + envois de fonds), scénario par rapport à la référence. La bande contient l’effet obtenu dans 8 tirages sur 10 des hypothèses, chacune uniforme dans sa plage\u{a0}: elle montre le poids des hypothèses, non la probabilité d’un résultat.",
            at_zero: "Aucun écart avec la référence\u{a0}: les leviers tels qu’ils sont réglés ne modifient pas le revenu.",
        },
        remittances: ChartText {
            title: "Effet sur les envois de fonds",
            y_axis: "% par rapport à la référence",
            note: "Envois de fonds reçus en dollars US, scénario par rapport à la référence. La bande contient l’effet obtenu dans 8 tirages sur 10 des hypothèses, chacune uniforme dans sa plage\u{a0}: elle montre le poids des hypothèses, non la probabilité d’un résultat.",
            at_zero: "Aucun écart avec la référence\u{a0}: les leviers tels qu’ils sont réglés ne modifient pas les envois de fonds.",
        },
        band: "8 tirages sur 10",
        percentiles: ["Tirages, 10e centile", "Tirages, médiane", "Tirages, 90e centile"],
        described: "{label}\u{a0}: de {low} à {high}",
        summary: "Dans 8 tirages sur 10, l’effet sur le revenu par travailleur en {year} se situe entre {low} et {high}.",
    },
    themes_heading: "Les thèmes du document",
    themes_intro: "Le document A/CONF.191/L.7 résume la manifestation parallèle «\u{a0}Tirer parti des avantages de la migration pour le développement\u{a0}» de la troisième Conférence des Nations Unies sur les pays les moins avancés (Bruxelles, mai 2001). Voici ses thèmes en bref, avec le paragraphe (¶) dont chacun est tiré.",
    theme,
    see_in_model: "Voir dans le modèle",
    back_to_theme: "Lire le thème",
    not_modelled: "Hors du modèle",
    assumptions_heading: "Hypothèses et limites",
    assumptions_levers: "Tous les leviers\u{a0}: valeur, plage et source",
    assumptions_data: "Données du pays",
    assumptions_data_of: "Données du pays\u{a0}: {preset}, {host}",
    limits_heading: "Ce que le modèle laisse de côté",
    limits: [
        "Pas de progrès technique\u{a0}: les montants sont exprimés à la productivité et aux prix de l’année de base. Chaque trajectoire se lit par rapport à sa référence, non comme une prévision.",
        "Un seul corridor à la fois pour le pays d’accueil\u{a0}: sa part des émigrés compte des personnes, non des revenus.",
        "La population active du pays d’accueil croît à son rythme passé, quoi qu’il arrive.",
        "Une même réaction des salaires pour tous les pays d’accueil, estimée aux États-Unis. Les nationaux des pays du Golfe travaillent surtout dans le secteur public et sont peu en concurrence avec les travailleurs migrants sous contrat.",
        "La vie des personnes\u{a0}: séparation des familles, endettement lié au recrutement, conditions de travail et droits des migrants, coûts sociaux pour ceux qui restent. Le modèle compte l’argent et les compétences\u{202f}; il ne mesure pas le bien-être des migrants eux-mêmes.",
        "L’équilibre général entre pays\u{a0}: les salaires du pays d’accueil n’influent pas sur l’émigration, ceux du pays d’origine ne modifient pas les revenus à l’étranger, et les prix et les taux de change restent fixes.",
        "Les raisons du départ\u{a0}: les taux d’émigration sont des leviers, non le résultat de la pauvreté, de l’environnement, de l’économie ou de la politique. Les réfugiés ne sont pas modélisés à part.",
        "Les travaux sur les envois de fonds et la croissance aboutissent à des conclusions divergentes (Chami, Fullenkamp et Jahjah, 2005\u{202f}; Giuliano et Ruiz-Arranz, 2009\u{202f}; Clemens et McKenzie, 2018).",
        "L’émigration peu qualifiée n’a pas d’optimum ici\u{a0}: le revenu par travailleur resté au pays augmente avec elle, du fait de ce que le modèle laisse de côté. C’est un constat sur le modèle, non une recommandation.",
    ],
    kappa: KappaTexts {
        heading: "Facteur d’échelle des envois de fonds",
        text: "Le modèle multiplie les envois de fonds par κ_R = {kappa}, afin que la première année reproduise les envois de fonds observés {in_country} ({share} du PIB en {year}). Les parts qui reproduisent ces envois observés sont de {eff_u} des revenus pour les migrants sans diplôme du supérieur et de {eff_s} pour les migrants diplômés du supérieur (κ_R × les parts réglées, {r_u} et {r_s}).",
        caveat: "κ_R est un facteur de calage. Lorsqu’il s’écarte nettement de 1, les données et les parts par défaut ne concordent pas\u{a0}: les envois de fonds enregistrés ne comptent pas les circuits informels, et les revenus à l’étranger sont des estimations.",
    },
    history: HistoryTexts {
        heading: "Vérification historique\u{a0}: les données de 2000 face à 2022",
        intro: "Chaque préréglage de 2000, simulé sur 22 ans avec tous les paramètres à leur valeur par défaut, comparé aux observations de 2022. Le modèle décrit une trajectoire stable, non une prévision\u{a0}: les écarts montrent à quel point la période 2000–2022 s’en est éloignée. Les envois de fonds ont augmenté bien plus vite que le PIB, le PIB par travailleur en dollars US courants a été multiplié (les prix ont aussi augmenté), et la diaspora a crû plus lentement que ne le voudrait une trajectoire stable.",
        columns: ["Pays", "Grandeur", "Modèle, {year}", "Observé, {year}"],
        remittances_to_gdp: "Envois de fonds / PIB",
        skilled_share: "Part des diplômés du supérieur parmi les travailleurs",
        diaspora_people: "Émigrés vivant à l’étranger",
        gdp_per_worker_usd: "PIB par travailleur, dollars US courants",
    },
    lever_columns: ["Paramètre", "Type", "Valeur", "Plage", "Par défaut", "Statut", "Sources"],
    kind_scenario: "levier du scénario",
    kind_assumption: "hypothèse (modifie aussi la référence)",
    figure_columns: ["Donnée", "Valeur", "Année", "Statut", "Sources"],
    status_verified: "lu dans la source",
    status_derived: "calculé à partir de données sourcées",
    status_calibration: "estimation ou choix de calage",
    status_preset: "tiré des données du pays",
    figures: FigureLabels {
        labour_force: "Population active",
        population: "Population totale",
        gdp_usd: "PIB, dollars US courants",
        remittances_usd: "Envois de fonds reçus, dollars US",
        rem_gdp0: "Envois de fonds / PIB",
        emigrant_stock: "Émigrés vivant à l’étranger",
        d0: "Émigrés par travailleur résident",
        h0: "Part des diplômés du supérieur parmi les travailleurs",
        m_s0: "Taux d’émigration des travailleurs qualifiés",
        transfer_cost: "Coût d’un envoi d’argent vers le pays",
        wage_ratio_unskilled: "Revenus à l’étranger / au pays, peu qualifiés",
        wage_ratio_skilled: "Revenus à l’étranger / au pays, qualifiés",
        labour_growth: "Croissance de la population active, par an",
        doctors_abroad: "Médecins formés dans le pays exerçant à l’étranger",
        host_labour_force: "Population active",
        host_gdp_usd: "PIB, dollars US courants",
        host_immigrant_share: "Part des immigrés parmi les travailleurs",
        host_emigrants_from_origin: "Émigrés {from_country} qui y vivent",
        host_corridor_share: "Part des émigrés {from_country} qui y vivent",
        host_send_cost: "Coût d’un envoi d’argent depuis ce pays",
        host_labour_growth: "Croissance de la population active, par an",
    },
    notes: "Remarques",
    sources_heading: "Sources des données et conditions d’utilisation",
    attribution: AttributionTexts {
        edition: "Édition\u{a0}:",
        indicators: "Indicateurs\u{a0}:",
        terms: "Conditions\u{a0}:",
        results_ours: "Les données ci-dessus sont reprises telles que leurs sources les publient. Tous les résultats du modèle (chaque graphique, phrase et téléchargement) sont calculés par Migration Explorer\u{a0}: ils nous appartiennent, non aux sources, qui ne les cautionnent pas.",
        version: "Migration Explorer {version}\u{a0}: modèle en version {model}, données de {data}. Code sous licence MIT ou Apache-2.0, au choix.",
        cite: "Pour citer\u{a0}: Migration Explorer, version {version} (modèle en version {model}, données de {data}), outil interactif d’explication du document A/CONF.191/L.7 des Nations Unies, «\u{a0}Tirer parti des avantages de la migration pour le développement\u{a0}».",
    },
    notices: NoticeTexts {
        heading: "Certains réglages n’ont pas été appliqués",
        dismiss: "Fermer",
        unknown_preset: "Il n’existe pas de préréglage de pays «\u{a0}{value}\u{a0}»\u{202f}; c’est le préréglage {default} qui est affiché.",
        unknown_host: "«\u{a0}{value}\u{a0}» n’est pas un pays d’accueil proposé pour le préréglage {preset}\u{202f}; pays d’accueil affiché à la place\u{a0}: {default}.",
        unknown_param: "Il n’existe pas de réglage «\u{a0}{name}\u{a0}»\u{a0}: il a été ignoré.",
        not_a_number: "{label}\u{a0}: «\u{a0}{value}\u{a0}» n’est pas un nombre\u{202f}; valeur utilisée\u{a0}: {used}.",
        out_of_range: "{label}\u{a0}: {value} est en dehors de la plage autorisée (de {min} à {max})\u{202f}; valeur utilisée\u{a0}: {used}.",
        not_whole: "{label}\u{a0}: {value} n’est pas un nombre entier\u{202f}; valeur utilisée\u{a0}: {used}.",
        default_used: "{default} (valeur par défaut)",
        bad_uncertainty: "«\u{a0}{value}\u{a0}» n’est pas une valeur du commutateur d’incertitude (on ou off)\u{a0}: elle a été ignorée.",
        old_version: "Ce lien a été créé avec la version 1 du modèle. Il s’ouvre avec les mêmes réglages, mais le modèle a changé depuis (version 2), et les chiffres aussi.",
        unknown_view: "Il n’existe pas de vue «\u{a0}{value}\u{a0}»\u{a0}: la première vue est affichée.",
        unknown_lang: "La langue «\u{a0}{value}\u{a0}» n’est pas disponible\u{a0}: l’anglais est utilisé.",
        unknown_version: "Ce lien porte la version de format «\u{a0}{value}\u{a0}», inconnue de cette version\u{a0}: il a été lu comme la version 2.",
        bad_origin: "«\u{a0}{value}\u{a0}» n’est pas une origine de la forme https://example.org\u{a0}: elle a été ignorée.",
        malformed: "Une partie des réglages n’a pas pu être lue et a été ignorée\u{a0}: «\u{a0}{value}\u{a0}».",
        too_long: "Les réglages comptent {count} caractères, plus que les {limit} autorisés\u{a0}: ils ont été ignorés.",
        value_too_long: "La valeur de «\u{a0}{name}\u{a0}» compte {count} caractères, plus que les {limit} autorisés\u{a0}: elle a été ignorée.",
        repeated: "«\u{a0}{name}\u{a0}» a été donné plusieurs fois\u{a0}: la dernière valeur est retenue.",
        unknown_mode: "Il n’existe pas de mode «\u{a0}{value}\u{a0}»\u{a0}: la présentation habituelle est affichée.",
        unknown_lesson: "Il n’existe pas de leçon «\u{a0}{value}\u{a0}»\u{a0}: elle a été ignorée.",
        bad_step: "«\u{a0}{value}\u{a0}» n’est pas une étape de cette leçon, qui en compte {steps}\u{a0}: l’étape 1 est affichée.",
        step_without_lesson: "Une étape («\u{a0}{value}\u{a0}») a été indiquée sans leçon\u{a0}: elle a été ignorée.",
        pinned: "Scénario épinglé A\u{a0}: {problem}",
        unpinned: "Le scénario épinglé A portait sur un autre pays ou un autre pays d’accueil\u{a0}: il a été retiré.",
        from_link: "dans le lien",
        from_attribute: "dans la page",
        from_message: "dans un message de la page",
    },
    share: ShareTexts {
        button: "Partager / intégrer",
        heading: "Partager ou intégrer ce scénario",
        intro: "Le lien et les extraits de code ci-dessous reproduisent exactement ce que vous voyez\u{a0}: pays, pays d’accueil, chaque levier déplacé et la vue.",
        link: "Lien vers ce scénario",
        script: "Intégrer dans une page avec un script",
        script_note: "À coller dans n’importe quelle page\u{202f}; plusieurs widgets peuvent partager une même page. Aucune étape de compilation\u{202f}; fonctionne avec une Content-Security-Policy stricte.",
        iframe: "Intégrer dans une page avec une iframe",
        iframe_note: "Le widget envoie {type: \"migration-explorer:resize\", height} à la page pour qu’elle puisse dimensionner le cadre. Pour lui transmettre des réglages, ajoutez &allow-origin=https://votre.site au lien.",
        copy: "Copier",
        copied: "Copié\u{a0}: {what}.",
        copy_failed: "Le navigateur a refusé la copie\u{a0}: sélectionnez le texte et copiez-le manuellement.",
        close: "Fermer",
    },
    lessons: super::fr_lessons::LESSONS,
    lesson: super::fr_lessons::lesson,
    step: super::fr_lessons::step,
    compare: CompareTexts {
        pin: "Épingler le scénario",
        unpin: "Désépingler",
        pinned: "Scénario épinglé A",
    },
    present: PresentTexts {
        present: "Présenter",
        leave: "Quitter la présentation",
        levers: "Leviers",
        close_levers: "Fermer les leviers",
        previous: "Graphique précédent",
        next: "Graphique suivant",
        chart_of: "Graphique {n} sur {m}",
    },
    brief: BriefTexts {
        print_brief: "Imprimer la note",
        print: "Imprimer",
        heading: "Note sur le scénario",
        setting: "{preset}, pays d’accueil\u{a0}: {host}, {first}–{last}",
        dated: "{date}. Migration Explorer {version}, modèle en version {model}, données de {data}.",
        levers_heading: "Leviers modifiés par rapport à la référence",
        lever_columns: ["Levier", "Ce scénario", "Référence"],
        no_levers: "Tous les leviers du scénario sont à leur valeur de référence.",
        assumptions_heading: "Hypothèses modifiées par rapport à leur valeur par défaut (la référence les utilise aussi)",
        assumption_columns: ["Hypothèse", "Valeur réglée", "Par défaut"],
        more_assumptions: "… et {n} autres, réglées par le lien ci-dessous.",
        verdict: "L’optimum migratoire",
        link: "Ce scénario, en version interactive\u{a0}:",
        charts_heading: "Graphiques",
        worksheet: "Fiche d’exercices",
        no_lesson: "Une fiche d’exercices accompagne une leçon, et ce lien n’en désigne aucune que Migration Explorer connaisse. Ouvrez une leçon dans Migration Explorer et utilisez son lien «\u{a0}Imprimer la fiche\u{a0}».",
        back: "Ouvrir Migration Explorer",
    },
    drivers: DriversTexts {
        intro: "Quelle part du résultat tient aux leviers que vous avez réglés, et quelle part à des hypothèses que personne ne peut fixer avec certitude. Chaque barre place une hypothèse au bas de sa plage, puis en haut, tout le reste étant réglé comme maintenant\u{202f}; le trait marque ce scénario.",
        computing: "Calcul en cours… {n} sur {m}",
        low: "Au bas de sa plage",
        high: "En haut de sa plage",
        central: "Ce scénario",
        quoted: "«\u{a0}{label}\u{a0}»",
        at: "{label}\u{a0}: {value}.",
        bar: "{label}\u{a0}: de {low} à {high}.",
        unmoved: "Ces hypothèses ne le font pas varier\u{a0}: {names}.",
        at_baseline: "Ce scénario est sa référence\u{a0}: l’effet sur le revenu est nul quelles que soient les hypothèses, si bien qu’il n’y a pas de graphique de l’effet sur le revenu. Réglez un levier pour voir ce qui détermine son effet. Le graphique de l’optimum reste valable.",
        top: [
            "L’effet sur le revenu ({central} dans ce scénario) dépend surtout de {first}\u{a0}: de {first_low} à {first_high} d’un bout à l’autre de sa plage.",
            "L’effet sur le revenu ({central} dans ce scénario) dépend surtout de {first}, de {first_low} à {first_high} d’un bout à l’autre de sa plage, puis de {second}, de {second_low} à {second_high}.",
            "L’effet sur le revenu ({central} dans ce scénario) dépend surtout de {first}, de {first_low} à {first_high} d’un bout à l’autre de sa plage, puis de {second}, de {second_low} à {second_high}, et de {third}, de {third_low} à {third_high}.",
        ],
        levers_heading: "Ce qui vient des leviers que vous avez réglés",
        lever: "{lever} à sa valeur par défaut ({default}) au lieu de {value}\u{a0}: un effet sur le revenu de {without}, contre {central}.",
        no_levers: "Vous n’avez réglé aucun levier\u{a0}: chacun suit sa valeur par défaut.",
        columns: ["Hypothèse", "Bas de la plage", "Haut de la plage"],
        download_csv: "Télécharger ces chiffres (CSV)",
    },
    error_heading: "Migration Explorer s’est arrêté",
    error_text: "Une erreur interne a arrêté le widget. Recharger la page suffit généralement\u{202f}; les détails figurent dans la console du navigateur.",
    reload: "Recharger",
    access: AccessTexts {
        share: "{value}",
        share_of: "{value} {of}",
        per_year: "{value} par an",
        per_year_of: "{value} {of} par an",
        years: "{value} ans",
        ratio: "{value} fois",
        number: "{value}",
        of: share_of,
        show_numbers: "Afficher les chiffres",
        numbers_of: "{title}\u{a0}: les chiffres",
        column: "{series} ({unit})",
    },
};

/// A parameter's words, by id: a language cannot miss one or give it another's.
fn param(id: ParamId) -> ParamText {
    match id {
        EmigRateUnskilled => ParamText {
            label: "Taux d’émigration des travailleurs peu qualifiés",
            meaning: "Part des travailleurs résidents sans diplôme du supérieur qui émigrent chaque année.",
        },
        EmigRateSkilled => ParamText {
            label: "Taux d’émigration des travailleurs qualifiés",
            meaning: "Part des travailleurs résidents diplômés du supérieur qui émigrent chaque année\u{a0}: la fuite des cerveaux.",
        },
        RemitShareUnskilled => ParamText {
            label: "Envois de fonds des migrants peu qualifiés",
            meaning: "Part de leurs revenus à l’étranger que les migrants sans diplôme du supérieur envoient au pays.",
        },
        RemitShareSkilled => ParamText {
            label: "Envois de fonds des migrants qualifiés",
            meaning: "Part de leurs revenus à l’étranger que les migrants diplômés du supérieur envoient au pays.",
        },
        TransferCost => ParamText {
            label: "Coût des transferts",
            meaning: "Ce que prélèvent les banques et les sociétés de transfert d’argent, en part de la somme envoyée.",
        },
        InvestedShare => ParamText {
            label: "Part des envois de fonds investie",
            meaning: "Part des envois de fonds reçus qui est investie (une entreprise, un terrain, un logement) plutôt que consommée.",
        },
        ReturnRateUnskilled => ParamText {
            label: "Taux de retour des migrants peu qualifiés",
            meaning: "Part de la diaspora peu qualifiée qui rentre au pays chaque année.",
        },
        ReturnRateSkilled => ParamText {
            label: "Taux de retour des migrants qualifiés",
            meaning: "Part de la diaspora qualifiée qui rentre au pays chaque année.",
        },
        ReturnUpgrade => ParamText {
            label: "Migrants de retour devenus qualifiés",
            meaning: "Part des migrants peu qualifiés de retour qui rapportent des compétences de niveau supérieur acquises à l’étranger. Aucun taux n’a été publié\u{a0}: la valeur par défaut est nulle.",
        },
        DiasporaInvestment => ParamText {
            label: "Investissement de la diaspora au pays",
            meaning: "Part des revenus de la diaspora qualifiée investie au pays\u{a0}: coentreprises, projets de codéveloppement.",
        },
        WageRatioUnskilled => ParamText {
            label: "Revenus à l’étranger / au pays, migrants peu qualifiés",
            meaning: "Combien de fois plus un migrant peu qualifié gagne dans le pays d’accueil qu’au pays.",
        },
        WageRatioSkilled => ParamText {
            label: "Revenus à l’étranger / au pays, migrants qualifiés",
            meaning: "Combien de fois plus un migrant qualifié gagne dans le pays d’accueil qu’au pays.",
        },
        IrregularShare => ParamText {
            label: "Part de la migration irrégulière",
            meaning: "Part des migrants en situation irrégulière. Ils gagnent moins et, dans ce modèle, ne paient pas d’impôts dans le pays d’accueil.",
        },
        IrregularPenalty => ParamText {
            label: "Perte de revenus liée à la situation irrégulière",
            meaning: "Combien gagne en moins un migrant en situation irrégulière.",
        },
        ProspectHorizon => ParamText {
            label: "Horizon des étudiants, en années",
            meaning: "Nombre d’années sur lesquelles un étudiant considère la possibilité d’émigrer un jour.",
        },
        BrainGain => ParamText {
            label: "Gain de cerveaux\u{a0}: études encouragées par les perspectives de migration",
            meaning: "Dans quelle mesure la perspective de travailler à l’étranger incite les jeunes à étudier. Sans cet effet, l’émigration qualifiée ne fait que vider le pays de ses compétences.",
        },
        MaxStudyShare => ParamText {
            label: "Part maximale des nouveaux actifs qui font des études",
            meaning: "Limite supérieure de la part des personnes qui entrent dans la population active avec un diplôme du supérieur.",
        },
        SkillSpillover => ParamText {
            label: "Gain de productivité d’une main-d’œuvre plus qualifiée",
            meaning: "Dans quelle mesure une part plus élevée de travailleurs qualifiés accroît la productivité de tous\u{a0}: en points logarithmiques par unité de part qualifiée. La valeur par défaut, 0,7, maintient ce gain dans la fourchette des estimations publiées.",
        },
        CapitalShare => ParamText {
            label: "Part du capital dans la production",
            meaning: "Part de la production qui rémunère le capital\u{202f}; le reste rémunère le travail.",
        },
        SkillPremium => ParamText {
            label: "Salaire qualifié / peu qualifié au pays",
            meaning: "Combien de fois plus gagne au pays un travailleur diplômé du supérieur, la première année.",
        },
        SavingRate => ParamText {
            label: "Taux d’épargne",
            meaning: "Part de la production épargnée et investie au pays.",
        },
        Depreciation => ParamText {
            label: "Dépréciation du capital",
            meaning: "Part du stock de capital usée chaque année.",
        },
        LabourGrowth => ParamText {
            label: "Croissance de la population active",
            meaning: "Croissance annuelle de la population en âge de travailler née dans le pays, au pays comme à l’étranger\u{202f}; la valeur par défaut est la croissance du pays sur 2000–2022.",
        },
        Retirement => ParamText {
            label: "Taux de départ à la retraite",
            meaning: "Part des travailleurs, au pays ou à l’étranger, qui partent à la retraite chaque année.",
        },
        RemitDecay => ParamText {
            label: "Baisse annuelle des envois de fonds par migrant",
            meaning: "À quel rythme les envois de fonds d’un migrant diminuent à mesure que passent les années à l’étranger.",
        },
        CostElasticity => ParamText {
            label: "Réaction des envois de fonds au coût des transferts",
            meaning: "De combien de pour cent les migrants augmentent leurs envois pour chaque point de pourcentage de baisse du coût d’envoi.",
        },
        DiasporaProductivity => ParamText {
            label: "Productivité issue des liens d’affaires de la diaspora",
            meaning: "Dans quelle mesure une diaspora qualifiée plus nombreuse, rapportée aux travailleurs restés au pays, accroît la productivité au pays par le commerce, les connaissances et les liens d’affaires. Moins que le gain tiré des compétences présentes au pays\u{a0}: les liens compensent une partie seulement de ce qui part.",
        },
        SkillsWeight => ParamText {
            label: "Poids des compétences dans l’optimum migratoire",
            meaning: "L’importance que le score de l’optimum accorde au maintien des travailleurs qualifiés au pays, par rapport au revenu\u{a0}: la garde du document contre la perte de ressources humaines précieuses.",
        },
        DiscountRate => ParamText {
            label: "Taux d’actualisation du score de l’optimum",
            meaning: "De combien une année ultérieure compte moins dans le score de l’optimum migratoire, par année.",
        },
        HorizonYears => ParamText {
            label: "Années simulées",
            meaning: "Nombre d’années simulées à partir de l’année de base.",
        },
        HostWageElasticity => ParamText {
            label: "Réaction des salaires du pays d’accueil à l’immigration",
            meaning: "De combien baissent les salaires des natifs, à court terme, lorsque les immigrés accroissent l’offre de travail.",
        },
        HostWageAdjustment => ParamText {
            label: "Atténuation annuelle de l’effet sur les salaires",
            meaning: "Part de l’effet à court terme sur les salaires des natifs que l’ajustement du capital efface chaque année.",
        },
        HostLabourShare => ParamText {
            label: "Part du travail dans la production du pays d’accueil",
            meaning: "Part de la production du pays d’accueil qui rémunère le travail.",
        },
        HostFiscalPerMigrant => ParamText {
            label: "Contribution budgétaire nette par migrant en situation régulière",
            meaning: "Impôts payés moins dépenses publiques reçues par un migrant en situation régulière, en part du PIB par travailleur du pays d’accueil.",
        },
    }
}

/// A tab's name, by view.
/// `SPECS`' sources in French: publishers and authors as they are named,
/// journal titles as published, the World Bank's and OECD's French titles.
fn param_source(id: ParamId) -> &'static str {
    match id {
        EmigRateUnskilled | EmigRateSkilled => "La valeur par défaut maintient la diaspora observée à une part stable de la population (docs/model.md, §\u{a0}3)",
        RemitShareUnskilled => "Choix de calage\u{202f}; FIDA (2017)\u{a0}: les migrants envoient en moyenne environ 15\u{a0}% de leurs revenus\u{202f}; les enquêtes sur le corridor Golfe–Bangladesh font état de 30 à 40\u{a0}%",
        TransferCost => "Banque mondiale, Remittance Prices Worldwide\u{a0}: moyenne mondiale de 6,18\u{a0}% (troisième trimestre de 2023), Asie du Sud 5,44\u{a0}%, Afrique subsaharienne 7,39\u{a0}%\u{202f}; cible 10.c des ODD\u{a0}: moins de 3\u{a0}%",
        InvestedShare => "Choix de calage\u{202f}; Bureau de la statistique du Bangladesh (2013), enquête sur l’utilisation des envois de fonds\u{a0}: environ un tiers consacré à «\u{a0}l’investissement\u{a0}», terres comprises",
        ReturnUpgrade => "Choix de calage\u{a0}: aucun taux publié\u{202f}; Wahba (2015, Journal of Population Economics) constate une prime salariale pour les migrants de retour, non un gain de diplômes",
        WageRatioUnskilled | WageRatioSkilled => "Données du pays (préréglage)",
        BrainGain => "Choix de calage\u{202f}; Beine, Docquier et Rapoport (2008, Economic Journal, vol.\u{a0}118)\u{a0}: un effet d’incitation positif, des gains nets pour peu de pays\u{202f}; Mountford (1997, Journal of Development Economics)",
        SkillSpillover => "Choix de calage\u{202f}; une fois le capital ajusté, la production et les salaires augmentent d’environ 1,1\u{a0}% par point de part des qualifiés, dans la fourchette de Moretti (2004, Journal of Econometrics, vol.\u{a0}121)\u{a0}: un point de plus de diplômés du supérieur accroît les salaires de 0,4 à 1,9\u{a0}%, une borne supérieure",
        LabourGrowth => "Croissance de la population active du pays, 2000–2022 (Banque mondiale, Indicateurs du développement dans le monde)",
        Retirement => "Choix de calage (une vie active de 40\u{a0}ans)",
        RemitDecay => "Choix de calage\u{202f}; les études divergent",
        CostElasticity => "Choix de calage\u{202f}; Kpodar et Imam (FMI, document de travail WP/22/218, 2022)\u{a0}: ramener les coûts aux 3\u{a0}% de l’ODD ajouterait environ 32\u{a0}milliards de dollars US par an, soit environ 5\u{a0}% des flux vers les pays à revenu faible ou intermédiaire, pour une baisse d’environ 3\u{a0}points",
        DiasporaProductivity => "Choix de calage\u{202f}; Agrawal, Kapur, McHale et Oettl (2011, Journal of Urban Economics, vol.\u{a0}69)\u{a0}: les liens avec la diaspora compensent une partie, mais non la totalité, des connaissances perdues au départ d’un travailleur qualifié",
        SkillsWeight => "Choix de calage\u{a0}: la «\u{a0}garde\u{a0}» du ¶7",
        HostWageElasticity => "Borjas (2003, Quarterly Journal of Economics, vol.\u{a0}118)\u{a0}: environ −0,3 à −0,4",
        HostWageAdjustment => "Choix de calage\u{202f}; effets à long terme sur les salaires proches de zéro\u{a0}: Ottaviano et Peri (2012, Journal of the European Economic Association, vol.\u{a0}10), Académies nationales des sciences des États-Unis (NASEM, 2017)",
        HostLabourShare => "Borjas (1995, Journal of Economic Perspectives, vol.\u{a0}9, n°\u{a0}2)",
        HostFiscalPerMigrant => "Choix de calage\u{202f}; OCDE, Perspectives des migrations internationales 2013\u{a0}: l’incidence budgétaire nette des immigrés est «\u{a0}proche de zéro\u{a0}» et dépasse rarement ±0,5\u{a0}% du PIB",
        RemitShareSkilled | ReturnRateUnskilled | ReturnRateSkilled | DiasporaInvestment
        | IrregularShare | IrregularPenalty | ProspectHorizon | MaxStudyShare | CapitalShare
        | SkillPremium | SavingRate | Depreciation | DiscountRate | HorizonYears => "Choix de calage",
    }
}

fn view(view: View) -> &'static str {
    match view {
        View::Origin => "Pays d’origine",
        View::Host => "Pays d’accueil",
        View::Optimum => "Optimum migratoire",
        View::Drivers => "Ce qui détermine le résultat",
        View::Themes => "Les thèmes du document",
        View::Assumptions => "Hypothèses et limites",
        View::Lessons => "Leçons",
    }
}

/// A named policy's words, by key.
fn policy(key: PolicyKey) -> &'static PolicyText {
    match key {
        PolicyKey::Sdg10c => &PolicyText {
            name: "Transferts moins chers (ODD 10.c)",
            description: "Ramener le coût des envois d’argent à 3\u{a0}%.",
        },
        PolicyKey::IloMobilisation => &PolicyText {
            name: "Envois de fonds pour l’investissement (OIT)",
            description: "Crédit et conseil aux petits entrepreneurs, pour que 40\u{a0}% des envois de fonds soient investis.",
        },
        PolicyKey::CoDevelopment => &PolicyText {
            name: "Codéveloppement",
            description: "Davantage d’investissement de la diaspora au pays et davantage de retours de migrants qualifiés, comme dans la politique française de codéveloppement.",
        },
        PolicyKey::ReturnWithSkills => &PolicyText {
            name: "Retour avec des compétences",
            description: "Davantage de migrants et d’anciens réfugiés rentrent au pays, et davantage d’entre eux avec des compétences acquises à l’étranger.",
        },
        PolicyKey::RegularChannels => &PolicyText {
            name: "Voies régulières",
            description: "Des voies régulières plutôt que la migration irrégulière\u{a0}: seuls 5\u{a0}% des migrants sans titre de séjour.",
        },
    }
}

/// A chart's words, by id.
fn chart(id: ChartId) -> &'static ChartText {
    match id {
        ChartId::Income => &ChartText {
            title: "Revenu par travailleur au pays",
            y_axis: "% par rapport à la référence",
            note: "Revenu par travailleur (PIB + envois de fonds)\u{a0}: le PIB plus les envois de fonds reçus, par travailleur résident\u{202f}; ce n’est pas le RNB, et c’est par travailleur, non par habitant. La ligne montre l’écart entre le scénario et la référence, qui reste à son niveau de l’année de base\u{a0}: le modèle ne comporte pas de progrès technique, si bien qu’aucun des deux n’est une prévision.",
            at_zero: "Aucun écart avec la référence\u{a0}: les leviers tels qu’ils sont réglés ne modifient pas le revenu.",
        },
        ChartId::Skills => &ChartText {
            title: "Compétences restées au pays",
            y_axis: "% des travailleurs",
            note: "Travailleurs diplômés du supérieur, en part des travailleurs présents au pays.",
            at_zero: "",
        },
        ChartId::SkilledEmigration => &ChartText {
            title: "Compétences à l’étranger",
            y_axis: "% des personnes qualifiées",
            note: "Le taux d’émigration des personnes qualifiées\u{a0}: la part des diplômés du supérieur du pays qui vivent à l’étranger.",
            at_zero: "",
        },
        ChartId::Remittances => &ChartText {
            title: "Envois de fonds reçus",
            y_axis: "% du PIB",
            note: "",
            at_zero: "Aucun envoi de fonds\u{a0}: dans ce scénario, les migrants n’envoient rien au pays.",
        },
        ChartId::TransferCosts => &ChartText {
            title: "Ce que coûtent les transferts",
            y_axis: "% du PIB",
            note: "Ce que les migrants envoient moins ce que reçoivent leurs familles\u{a0}: frais et marges de change.",
            at_zero: "Dans ce scénario, rien n’est perdu en coûts de transfert.",
        },
        ChartId::Capital => &ChartText {
            title: "Stock de capital",
            y_axis: "années de production",
            note: "Le stock de capital, mesuré en années de production de l’économie.",
            at_zero: "",
        },
        ChartId::HostImmigrants => &ChartText {
            title: "Immigrés parmi les travailleurs du pays d’accueil",
            y_axis: "% des travailleurs",
            note: "",
            at_zero: "",
        },
        ChartId::HostSurplus => &ChartText {
            title: "Surplus de l’immigration pour les natifs",
            y_axis: "% du PIB du pays d’accueil",
            note: "Le gain que les natifs tirent de l’immigration (Borjas, 1995), pour de faibles proportions d’immigrés.",
            at_zero: "Aucune variation du surplus\u{a0}: toutes les lignes restent à 0.",
        },
        ChartId::HostWages => &ChartText {
            title: "Salaires des natifs à court terme",
            y_axis: "variation en\u{a0}% depuis la première année",
            note: "Pour les natifs en concurrence avec les nouveaux arrivants\u{a0}: les arrivées de chaque année font baisser leurs salaires immédiatement, et l’ajustement du capital résorbe chaque année une partie de l’écart.",
            at_zero: "Dans ce scénario, les salaires des natifs ne varient pas.",
        },
        ChartId::HostFiscal => &ChartText {
            title: "Contribution budgétaire des migrants du corridor",
            y_axis: "% du PIB du pays d’accueil",
            note: "Impôts payés moins dépenses publiques reçues. Les migrants en situation irrégulière sont supposés ne payer aucun impôt.",
            at_zero: "Aucun effet budgétaire avec l’hypothèse par défaut\u{a0}: la contribution budgétaire nette d’un migrant en situation régulière est nulle.",
        },
        ChartId::Optimum => &ChartText {
            title: "L’optimum migratoire",
            y_axis: "valeur du score W",
            note: "",
            at_zero: "",
        },
        ChartId::DriversIncome => &ChartText {
            title: "Ce qui fait varier l’effet sur le revenu",
            y_axis: "Revenu par travailleur la dernière année, en\u{a0}% par rapport à la référence",
            note: "",
            at_zero: "",
        },
        ChartId::DriversOptimum => &ChartText {
            title: "Ce qui fait varier l’optimum",
            y_axis: "Taux d’émigration des travailleurs qualifiés à l’optimum, en\u{a0}% par an",
            note: "",
            at_zero: "",
        },
    }
}

/// A theme's words, by key.
fn theme(key: ThemeKey) -> &'static ThemeText {
    match key {
        ThemeKey::MissingLink => &ThemeText {
            title: "Le chaînon manquant de la mondialisation",
            text: "Les biens et les capitaux circulent librement\u{202f}; les personnes, beaucoup moins. La migration a longtemps contribué à la prospérité des pays riches, et la manifestation a souligné son rôle positif pour le développement.",
            in_model: "Le modèle suit l’argent envoyé au pays et les compétences qui circulent entre pays.",
        },
        ThemeKey::WhyPeopleLeave => &ThemeText {
            title: "Pourquoi les gens partent",
            text: "La pauvreté pousse à l’émigration, avec des causes environnementales, économiques et politiques. Les cas du Bangladesh et du Mali ont retenu une attention particulière.",
            in_model: "Dans le modèle, le nombre de départs est un levier que vous réglez\u{202f}; ses causes ne sont pas modélisées.",
        },
        ThemeKey::SkillsLost => &ThemeText {
            title: "Compétences et main-d’œuvre perdues",
            text: "Quand des travailleurs partent, le pays d’origine perd des compétences et une main-d’œuvre productive\u{a0}: c’est la fuite des cerveaux.",
            in_model: "Faites varier le taux d’émigration des travailleurs qualifiés et observez la part des qualifiés.",
        },
        ThemeKey::HostCountries => &ThemeText {
            title: "Pays d’accueil\u{a0}: gains et difficultés",
            text: "Les immigrés ont contribué à la prospérité des pays d’accueil, mais ceux-ci font aussi état de difficultés économiques et sociales.",
            in_model: "Les graphiques du pays d’accueil montrent le surplus de l’immigration et la pression à court terme sur les salaires des natifs.",
        },
        ThemeKey::Irregular => &ThemeText {
            title: "La migration irrégulière",
            text: "Les participants ont reconnu l’importance capitale de la lutte contre l’immigration clandestine.",
            in_model: "Les migrants en situation irrégulière gagnent moins, envoient moins et, dans ce modèle, ne paient pas d’impôts.",
        },
        ThemeKey::CoDevelopment => &ThemeText {
            title: "Une vision positive\u{a0}: le codéveloppement",
            text: "La migration peut profiter aux deux extrémités de la route migratoire. Les migrants se forment, travaillent et tissent des liens commerciaux et d’affaires, coentreprises comprises, entre pays d’origine et pays d’accueil.",
            in_model: "Les liens d’affaires de la diaspora accroissent la productivité au pays\u{202f}; l’investissement de la diaspora s’ajoute au capital.",
        },
        ThemeKey::ReturnWithSkills => &ThemeText {
            title: "Revenir avec des compétences",
            text: "D’anciens réfugiés rentrés volontairement chez eux ont contribué au développement grâce aux compétences et à l’expérience acquises pendant leur absence.",
            in_model: "Les migrants de retour peuvent rapporter des compétences acquises à l’étranger.",
        },
        ThemeKey::Optimum => &ThemeText {
            title: "L’optimum migratoire",
            text: "Chaque pays peut rechercher le niveau de départs qui apporte le plus d’envois de fonds et de compétences, sans le priver des personnes qualifiées dont dépend sa productivité.",
            in_model: "Le graphique de l’optimum note chaque taux d’émigration des travailleurs qualifiés et signale le meilleur.",
        },
        ThemeKey::Informing => &ThemeText {
            title: "Informer les candidats à l’émigration",
            text: "De nombreux participants ont demandé que les émigrants potentiels soient informés des avantages et des inconvénients de la migration.",
            in_model: "Hors du modèle\u{a0}: il ne comporte pas de campagnes d’information.",
        },
        ThemeKey::HostPolicies => &ThemeText {
            title: "Politiques des pays d’accueil\u{a0}: codéveloppement et Union européenne",
            text: "Le programme français de codéveloppement avec quatre pays pilotes, et le soutien de l’Union européenne aux partenariats entre les émigrants et leur pays d’accueil.",
            in_model: "Le graphique budgétaire montre ce que paient les migrants du corridor dans le pays d’accueil\u{202f}; la politique de codéveloppement agit sur les leviers de la diaspora.",
        },
        ThemeKey::Iom => &ThemeText {
            title: "Les trois volets de l’OIM",
            text: "La gestion des migrations dans les politiques nationales\u{202f}; la mobilisation des migrants pour le développement de leur pays d’origine\u{202f}; l’entrepreneuriat des femmes immigrées.",
            in_model: "La part de leurs revenus que les migrants envoient au pays est un levier.",
        },
        ThemeKey::RemittancesInvested => &ThemeText {
            title: "Des envois de fonds pour l’investissement",
            text: "L’OIT prévoit d’aider à mobiliser les envois de fonds et à les investir au pays, avec du crédit pour les petits entrepreneurs et l’accès à la technologie.",
            in_model: "Faites varier la part investie des envois de fonds et le coût des transferts.",
        },
        ThemeKey::RefugeeWomen => &ThemeText {
            title: "Femmes réfugiées et sécurité alimentaire",
            text: "Le HCR et la FAO prévoient un fonds d’affectation spéciale pour les femmes réfugiées\u{a0}: droits fonciers, autonomisation, microfinance et production alimentaire.",
            in_model: "Hors du modèle\u{a0}: il ne comporte ni dimension réfugiés ni dimension de genre.",
        },
    }
}

/// What a lever's share is of, as its slider says it, by lever: with its
/// preposition ("du", "des", "de la"), which French contracts with the article.
fn share_of(id: ParamId) -> &'static str {
    match id {
        EmigRateUnskilled => "des travailleurs peu qualifiés",
        EmigRateSkilled => "des travailleurs qualifiés",
        RemitShareUnskilled | RemitShareSkilled => "des revenus à l’étranger",
        TransferCost => "du montant envoyé",
        InvestedShare => "des envois de fonds",
        ReturnRateUnskilled => "de la diaspora peu qualifiée",
        ReturnRateSkilled => "de la diaspora qualifiée",
        ReturnUpgrade => "des migrants de retour",
        DiasporaInvestment => "des revenus de la diaspora qualifiée",
        IrregularShare => "des migrants",
        IrregularPenalty => "des revenus",
        MaxStudyShare => "des nouveaux actifs",
        CapitalShare | SavingRate => "de la production",
        Depreciation => "du stock de capital",
        Retirement => "des travailleurs",
        HostWageAdjustment => "de l’effet sur les salaires",
        HostLabourShare => "de la production du pays d’accueil",
        HostFiscalPerMigrant => "du PIB par travailleur du pays d’accueil",
        LabourGrowth | RemitDecay | DiscountRate => "",
        WageRatioUnskilled | WageRatioSkilled | SkillPremium => "",
        ProspectHorizon | HorizonYears => "",
        BrainGain | SkillSpillover | CostElasticity | DiasporaProductivity | SkillsWeight
        | HostWageElasticity => "",
    }
}
