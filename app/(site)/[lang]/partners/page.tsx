import type { Metadata } from 'next'
import { MediaImage } from '@/components/MediaImage'
import { PageHeader } from '@/components/ui/PageHeader'
import { langOf } from '@/lib/i18n/fallback'
import { translator } from '@/lib/i18n/messages'
import { pageLocale, type LangParams } from '@/lib/i18n/route'
import { getPartners } from '@/lib/queries/organisation'
import { pageMetadata } from '@/lib/seo'
import type { Partner } from '@/payload-types'

type Props = { params: LangParams }

/** The groups in the order of the admin's list (collections/Partners.ts); each is named by partners.kind.<value>. */
const KINDS = ['care', 'housing', 'municipality', 'funder', 'client-organisation', 'foundation', 'neighbourhood'] as const satisfies readonly Partner['kind'][]

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = translator(locale)
  return pageMetadata({ title: t('partners.title'), description: t('partners.description'), path: '/partners', locale })
}

export default async function PartnersPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = translator(locale)
  const partners = await getPartners(locale)
  return (
    <>
      <PageHeader title={t('partners.title')} intro={t('partners.intro')} />
      {KINDS.map((kind) => {
        const group = partners.filter((partner) => partner.kind === kind)
        if (group.length === 0) return null
        return (
          <section key={kind} aria-labelledby={`soort-${kind}`} className="mb-10">
            <h2 id={`soort-${kind}`} className="text-2xl">
              {t(`partners.kind.${kind}`)}
            </h2>
            <ul className="mt-3 grid gap-4 md:grid-cols-2">
              {group.map((partner) => {
                const logo = typeof partner.logo === 'object' ? partner.logo : null
                return (
                  <li key={partner.id} id={partner.slug} className="scroll-mt-4 rounded-lg border border-line bg-surface p-5">
                    {logo && <MediaImage media={logo} variant="logo" sizes="10rem" className="mb-2 h-12 w-auto" />}
                    <h3 className="text-xl">{partner.name}</h3>
                    {partner.formerNames && partner.formerNames.length > 0 && (
                      <p className="text-muted">{t('partners.formerNames', { names: partner.formerNames.map((former) => former.name).join(', ') })}</p>
                    )}
                    {partner.description && (
                      <p className="mt-2" lang={langOf(partner, 'description')}>
                        {partner.description}
                      </p>
                    )}
                    {partner.website && (
                      <p className="mt-2">
                        <a href={partner.website} rel="noopener">
                          {t('partners.website', { name: partner.name })}
                        </a>
                      </p>
                    )}
                  </li>
                )
              })}
            </ul>
          </section>
        )
      })}
    </>
  )
}
