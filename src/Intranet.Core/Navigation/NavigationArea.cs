namespace Intranet.Core.Navigation;

public enum NavigationArea
{
    Main,
    Admin,
}
