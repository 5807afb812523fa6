"""The default landing checklist for a wholly foreign-owned enterprise (WFOE) in a Chinese district.

Content only (titles, service providers, documents in zh/de/en); `checklists` copies it.
"""

from __future__ import annotations

from dataclasses import dataclass

from qiao.pipeline.enums import RequiredFor


@dataclass(frozen=True)
class Tri:
    en: str
    de: str
    zh: str


@dataclass(frozen=True)
class StepSpec:
    title: Tri
    provider: Tri
    documents: Tri
    due_offset_days: int
    required_for: RequiredFor


NAME = "wfoe"
TITLE = Tri(
    "Landing checklist: wholly foreign-owned enterprise",
    "Ansiedlungs-Checkliste: Tochtergesellschaft in ausländischem Alleinbesitz (WFOE)",
    "落地清单：外商独资企业",
)

STEPS: tuple[StepSpec, ...] = (
    StepSpec(
        Tri("Company name pre-approval", "Vorabgenehmigung des Firmennamens", "企业名称预先核准"),
        Tri(
            "District Administration for Market Regulation",
            "Bezirksamt für Marktregulierung",
            "区市场监督管理局",
        ),
        Tri(
            "Three name proposals; parent company's certificate of incorporation (notarised and legalised)",
            "Drei Namensvorschläge; Handelsregisterauszug der Muttergesellschaft "
            "(notariell beglaubigt und legalisiert)",
            "三个备选名称；母公司注册证明（经公证认证）",
        ),
        14,
        RequiredFor.COMPANY_REGISTERED,
    ),
    StepSpec(
        Tri("Business licence", "Gewerbeschein (Business Licence)", "营业执照"),
        Tri(
            "District Administration for Market Regulation",
            "Bezirksamt für Marktregulierung",
            "区市场监督管理局",
        ),
        Tri(
            "Articles of association; legal representative's and directors' passports; lease or address proof",
            "Satzung; Pässe des gesetzlichen Vertreters und der Geschäftsführer; Miet- oder Adressnachweis",
            "公司章程；法定代表人及董事护照；租赁合同或住所证明",
        ),
        45,
        RequiredFor.COMPANY_REGISTERED,
    ),
    StepSpec(
        Tri(
            "Foreign-investment information report",
            "Meldung der Auslandsinvestition (Foreign Investment Information Report)",
            "外商投资信息报告",
        ),
        Tri("District Bureau of Commerce", "Bezirksamt für Handel", "区商务局"),
        Tri(
            "Business licence; investor information; initial report through the enterprise registration system",
            "Gewerbeschein; Angaben zum Investor; Erstmeldung über das Unternehmensregistersystem",
            "营业执照；投资者信息；通过企业登记系统报送初始报告",
        ),
        60,
        RequiredFor.OPERATING,
    ),
    StepSpec(
        Tri("Tax and customs registration", "Steuer- und Zollregistrierung", "税务和海关登记"),
        Tri(
            "District Tax Bureau; Shaoxing Customs",
            "Bezirkssteueramt; Zollamt Shaoxing",
            "区税务局；绍兴海关",
        ),
        Tri(
            "Business licence; bank information; accountant's details; customs declarant registration form",
            "Gewerbeschein; Bankangaben; Angaben zur Buchhaltung; Anmeldung als Zollanmelder",
            "营业执照；银行信息；财务人员信息；海关报关单位备案表",
        ),
        75,
        RequiredFor.OPERATING,
    ),
    StepSpec(
        Tri(
            "Bank account (basic and capital account)",
            "Bankkonto (Basis- und Kapitalkonto)",
            "银行开户（基本户和资本金账户）",
        ),
        Tri(
            "A commercial bank of the company's choice",
            "Eine Geschäftsbank nach Wahl des Unternehmens",
            "企业自选商业银行",
        ),
        Tri(
            "Business licence; company seals; legal representative's passport; foreign-exchange registration",
            "Gewerbeschein; Firmenstempel; Pass des gesetzlichen Vertreters; Devisenregistrierung",
            "营业执照；公司印章；法定代表人护照；外汇登记",
        ),
        75,
        RequiredFor.OPERATING,
    ),
    StepSpec(
        Tri("Site lease or land transfer", "Mietvertrag oder Landnutzungsrecht", "厂房租赁或土地出让"),
        Tri(
            "Park management committee; District Bureau of Natural Resources",
            "Parkverwaltung; Bezirksamt für natürliche Ressourcen",
            "园区管委会；区自然资源局",
        ),
        Tri(
            "Lease contract or land-use right transfer contract; site plan",
            "Mietvertrag oder Vertrag über die Übertragung des Landnutzungsrechts; Lageplan",
            "租赁合同或国有土地使用权出让合同；总平面图",
        ),
        120,
        RequiredFor.OPERATING,
    ),
    StepSpec(
        Tri("Environmental impact assessment", "Umweltverträglichkeitsprüfung", "环境影响评价"),
        Tri("District Bureau of Ecology and Environment", "Bezirksamt für Ökologie und Umwelt", "区生态环境分局"),
        Tri(
            "Environmental impact report or registration form; production process description",
            "Umweltverträglichkeitsbericht oder Registrierungsformular; Beschreibung des Produktionsprozesses",
            "环境影响报告表或登记表；生产工艺说明",
        ),
        150,
        RequiredFor.OPERATING,
    ),
    StepSpec(
        Tri(
            "Work and residence permits for German staff",
            "Arbeits- und Aufenthaltserlaubnisse für deutsche Mitarbeitende",
            "德方员工工作许可和居留许可",
        ),
        Tri(
            "District Bureau of Science and Technology (foreign experts); Exit-Entry Administration",
            "Bezirksamt für Wissenschaft und Technologie (ausländische Fachkräfte); Ein- und Ausreisebehörde",
            "区科技局（外国专家）；公安出入境管理部门",
        ),
        Tri(
            "Passports; degree certificates and criminal record checks (legalised); health check; employment contract",
            "Pässe; Hochschulzeugnisse und Führungszeugnisse (legalisiert); Gesundheitsprüfung; Arbeitsvertrag",
            "护照；学历证明和无犯罪记录证明（经认证）；体检报告；劳动合同",
        ),
        180,
        RequiredFor.NONE,
    ),
)
