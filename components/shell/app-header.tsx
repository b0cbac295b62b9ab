import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Brand } from "./brand";
import { EntitySwitcher } from "./entity-switcher";
import { MainNav, type NavMembership } from "./main-nav";
import { NotificationBell } from "./notification-bell";

type Props = { userName: string; memberships: NavMembership[]; isSuperadmin: boolean; isAdvisor?: boolean; unreadNotifications?: number };

export function AppHeader({ userName, memberships, isSuperadmin, isAdvisor = false, unreadNotifications = 0 }: Props) {
  return (
    <header className="relative bg-faro-800 text-white shadow">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Brand />
        <EntitySwitcher memberships={memberships} />
        <div className="ml-auto flex items-center gap-3">
          <NotificationBell unread={unreadNotifications} />
          <Link href="/perfil" className="hidden max-w-[14rem] truncate text-sm text-faro-100 hover:text-white sm:inline" title="Mi perfil">
            {userName}
          </Link>
          <SignOutButton />
        </div>
        {/* Below 1024 px only the "Menú" button sits here, after the bell; its panel drops over the page. */}
        <div className="lg:w-full">
          <MainNav memberships={memberships} isSuperadmin={isSuperadmin} isAdvisor={isAdvisor} />
        </div>
      </div>
    </header>
  );
}
