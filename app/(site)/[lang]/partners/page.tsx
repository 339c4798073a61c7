import type { Metadata } from 'next'
import { PARTNER_KINDS } from '@/collections/Partners'
import { MediaImage } from '@/components/MediaImage'
import { PageHeader } from '@/components/ui/PageHeader'
import { getPartners } from '@/lib/queries/organisation'
import { DutchOnlyPage } from '@/components/UntranslatedNote'
import { pageLocale, type LangParams } from '@/lib/i18n/route'
import { pageMetadata } from '@/lib/seo'

export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  return pageMetadata({
  title: 'Partners',
  description: 'De organisaties en fondsen waarmee Doen & Laten samenwerkt in Utrecht.',
  path: '/partners', locale: await pageLocale(params) })
}

export default async function PartnersPage({ params }: { params: LangParams }) {
  const locale = await pageLocale(params)
  const partners = await getPartners(locale)
  return (
    <DutchOnlyPage locale={locale}>
      <>
        <PageHeader title="Partners" intro="We doen het niet alleen. Met deze organisaties werken we samen, of werkten we samen." />
        {PARTNER_KINDS.map((kind) => {
          const group = partners.filter((partner) => partner.kind === kind.value)
          if (group.length === 0) return null
          return (
            <section key={kind.value} aria-labelledby={`soort-${kind.value}`} className="mb-10">
              <h2 id={`soort-${kind.value}`} className="text-2xl">
                {kind.label}
              </h2>
              <ul className="mt-3 grid gap-4 md:grid-cols-2">
                {group.map((partner) => {
                  const logo = typeof partner.logo === 'object' ? partner.logo : null
                  return (
                    <li key={partner.id} id={partner.slug} className="scroll-mt-4 rounded-lg border border-line bg-surface p-5">
                      {logo && <MediaImage media={logo} variant="logo" sizes="10rem" className="mb-2 h-12 w-auto" />}
                      <h3 className="text-xl">{partner.name}</h3>
                      {partner.formerNames && partner.formerNames.length > 0 && (
                        <p className="text-muted">Vroeger: {partner.formerNames.map((former) => former.name).join(', ')}</p>
                      )}
                      {partner.description && <p className="mt-2">{partner.description}</p>}
                      {partner.website && (
                        <p className="mt-2">
                          <a href={partner.website} rel="noopener">
                            Website van {partner.name}
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
    </DutchOnlyPage>
  )
}
